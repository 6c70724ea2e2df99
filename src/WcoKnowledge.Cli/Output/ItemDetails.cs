using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace WcoKnowledge.Cli.Output;

/// <summary>One kind-specific member of an item (an objective's number, an instrument's entry into force), for every output format.</summary>
/// <param name="Label">The human label, for example "plan edition"; <see langword="null"/> when human output shows the member in a block of its own (an instrument's editions, a plan's objectives).</param>
/// <param name="JsonName">The JSON member name, for example <c>planEdition</c>.</param>
/// <param name="Text">The value as people read it; <see langword="null"/> when the item has no value, which human output leaves out (JSON writes <c>null</c>).</param>
/// <param name="Json">Writes the JSON value (a string, number, boolean, <c>null</c> or an array); <see langword="null"/> for a field only people read (an instrument's "adopted", which JSON has as <c>adoptedOn</c> and <c>adoptedAt</c>).</param>
internal sealed record ItemDetail(string? Label, string JsonName, string? Text, Action<Utf8JsonWriter>? Json)
{
    /// <summary>The value when it is a number (objectives, building blocks, regions).</summary>
    public int? Number { get; init; }

    /// <summary>The items the value names (an instrument's topics, an objective's plan), so that a document can link them.</summary>
    public IReadOnlyList<IKnowledgeItem>? Items { get; init; }
}

/// <summary>
/// The members an item has beyond those of <see cref="IKnowledgeItem"/>. This is the one place that knows the
/// item record types' members; an item of a kind added to the library later shows its common members everywhere
/// and its own members once they are listed here.
/// </summary>
internal static class ItemDetails
{
    public static IReadOnlyList<ItemDetail> Of(IKnowledgeItem item) => item switch
    {
        Objective o =>
        [
            Number(o.Number),
            String("plan edition", "planEdition", o.PlanEdition),
            String("plan status", "planEditionStatus", Names.Json(o.PlanEditionStatus)),
            String("label", "label", o.Label),
            String("plan", "plan", o.Plan?.Id) with { Items = o.Plan is null ? null : [o.Plan] },
        ],
        Pillar p => [Number(p.Number)],
        Statement s => [String("era", "era", s.Era)],
        StrategyDocument d => [Date("adopted", "adopted", d.Adopted)],
        GovernanceBody b =>
        [
            String("group", "group", b.Group),
            Date("established", "established", b.Established),
        ],
        Instrument i =>
        [
            new("type", "instrumentKind", Describe(i.InstrumentKind), w => w.WriteStringValue(Names.Json(i.InstrumentKind))),
            Date(null, "adoptedOn", i.AdoptedOn),
            String(null, "adoptedAt", i.AdoptedAt),
            new("adopted", "adopted", Adopted(i), null),
            new("in force", "inForce", InForce(i), w => w.WriteStringValue(Names.Json(i.InForce))),
            Date(null, "inForceOn", i.InForceOn),
            new(null, "editions", null, w => Editions(w, i.Editions)),
            Items("topics", "topics", i.Topics),
            Items("managed by", "managedBy", i.ManagedBy),
        ],
        Region r =>
        [
            Number(r.Number),
            String("abbreviation", "abbreviation", r.Abbreviation),
        ],
        SecretaryGeneral s =>
        [
            String("country", "country", s.Country),
            new("term", "termStart", Term(s), w => WriteNullable(w, s.TermStart?.ToString())),
            Date(null, "termEnd", s.TermEnd),
            new("in office", "inOffice", s.InOffice ? "yes" : "no", w => w.WriteBooleanValue(s.InOffice)),
        ],
        StrategicPlan p =>
        [
            String("period", "period", p.Period),
            new(null, "startYear", null, w => w.WriteNumberValue(p.StartYear)),
            new(null, "endYear", null, w => w.WriteNumberValue(p.EndYear)),
            Date("endorsed", "endorsed", p.Endorsed),
            String("structure", "structure", p.Structure),
            new(null, "objectives", null, w => Ids(w, p.Objectives)),
        ],
        Member m =>
        [
            String("ISO codes", "isoAlpha2", m.IsoAlpha2 is null ? null : m.IsoAlpha2 + " / " + m.IsoAlpha3) with { Json = w => WriteNullable(w, m.IsoAlpha2) },
            String(null, "isoAlpha3", m.IsoAlpha3),
            String("codes", "codeNote", m.CodeNote),
            String("region", "region", m.Region.Id) with { Items = [m.Region] },
            new("member since", "memberSince", MemberSince(m), w => WriteNullable(w, m.MemberSince?.ToString())),
            new(null, "memberSinceKind", null, w => w.WriteStringValue(Names.Json(m.MemberSinceKind))),
        ],
        Officer o =>
        [
            new("office", "office", o.Office == Office.CouncilChair ? "Chairperson of the Council" : "Deputy Secretary General", w => w.WriteStringValue(Names.Json(o.Office))),
            String("country", "country", o.Country),
            new("term", "termStart", Term(o.TermStart, o.TermEnd, null), w => WriteNullable(w, o.TermStart?.ToString())),
            new(null, "termEnd", null, w => WriteNullable(w, o.TermEnd?.ToString())),
        ],
        _ => [],
    };

    private static void WriteNullable(Utf8JsonWriter w, string? text)
    {
        if (text is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(text);
        }
    }

    private static string MemberSince(Member m) => (m.MemberSince, m.MemberSinceKind) switch
    {
        (null, _) => "no date found in any source",
        ({ } date, MembershipDateKind.Deposit) => date + " (instrument deposited)",
        ({ } date, MembershipDateKind.Effective) => date + " (membership took effect)",
        ({ } date, _) => date + " (the sources do not say whether deposit or effect)",
    };

    /// <summary>The details JSON writes: all but those that exist only for human output.</summary>
    public static IEnumerable<ItemDetail> ForJson(IKnowledgeItem item) => Of(item).Where(detail => detail.Json is not null);

    /// <summary>The details human output shows as a labelled field: those with a label and a value.</summary>
    public static IEnumerable<ItemDetail> ForHuman(IKnowledgeItem item) =>
        Of(item).Where(detail => detail.Label is not null && detail.Text is not null);

    /// <summary>The item's own number (objectives, building blocks, regions), or <see langword="null"/>.</summary>
    public static int? NumberOf(IKnowledgeItem item) => item switch
    {
        Objective o => o.Number,
        Pillar p => p.Number,
        Region r => r.Number,
        _ => null,
    };

    /// <summary>How a plan labels an objective ("SO1", "Goal 3"), or its number ("3.") when the plan gives no label.</summary>
    public static string Marker(Objective objective) =>
        objective.Label ?? objective.Number.ToString(CultureInfo.InvariantCulture) + ".";

    /// <summary>How human output names an instrument kind.</summary>
    public static string Describe(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Convention => "convention",
        InstrumentKind.FrameworkOfStandards => "framework of standards",
        InstrumentKind.Declaration => "declaration",
        InstrumentKind.DataStandard => "data standard",
        InstrumentKind.NomenclatureEdition => "nomenclature edition",
        _ => Names.Json(kind),
    };

    /// <summary>Whether and since when an instrument is in force, in words.</summary>
    public static string InForce(Instrument i) => i.InForce switch
    {
        InForceStatus.InForce => i.InForceOn is { } on ? $"yes, since {on}" : "yes",
        InForceStatus.NotInForce => i.InForceOn is { } on ? $"not yet; enters into force {on}" : "no",
        InForceStatus.NotBinding => "not binding (entry into force does not apply)",
        _ => i.InForceOn is { } on ? $"entered into force {on}; whether it is in force today is not stated by the sources" : "not stated by the sources",
    };

    /// <summary>A term of office: "2009-01-01 to 2023-12-31", or "since 2024-01-01" while in office.</summary>
    public static string Term(SecretaryGeneral s) => Term(s.TermStart, s.TermEnd, s.TermEnd is null ? "in office" : null);

    private static string Term(FactDate? start, FactDate? end, string? open) => (start, end) switch
    {
        ({ } from, { } to) => $"{from} to {to}",
        ({ } from, null) => open is null ? $"from {from} (end not given)" : $"since {from}",
        (null, { } to) => $"start not given, to {to}",
        _ => "term not given by the sources",
    };

    // "1983-06-14 in Brussels", "2005-06", "in Kyoto"; null when the sources give neither.
    private static string? Adopted(Instrument i) => (i.AdoptedOn, i.AdoptedAt) switch
    {
        ({ } on, { } at) => $"{on} in {at}",
        ({ } on, null) => on.ToString(),
        (null, { } at) => $"in {at}",
        _ => null,
    };

    private static ItemDetail Number(int number) =>
        new("number", "number", number.ToString(CultureInfo.InvariantCulture), w => w.WriteNumberValue(number)) { Number = number };

    private static ItemDetail String(string? label, string jsonName, string? value) =>
        new(label, jsonName, value, w => Value(w, value));

    private static ItemDetail Date(string? label, string jsonName, FactDate? date) =>
        new(label, jsonName, date?.ToString(), w => Value(w, date?.ToString()));

    // Related items: titles with ids for people, ids in JSON.
    private static ItemDetail Items(string label, string jsonName, IReadOnlyList<IKnowledgeItem> items) =>
        new(label, jsonName, items.Count == 0 ? null : string.Join("; ", items.Select(item => $"{item.Title} ({item.Id})")), w => Ids(w, items))
        {
            Items = items,
        };

    private static void Value(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    private static void Ids(Utf8JsonWriter w, IEnumerable<IKnowledgeItem> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStringValue(item.Id);
        }

        w.WriteEndArray();
    }

    private static void Editions(Utf8JsonWriter w, IReadOnlyList<InstrumentEdition> editions)
    {
        w.WriteStartArray();
        foreach (var edition in editions)
        {
            w.WriteStartObject();
            w.WriteString("label", edition.Label);
            w.WriteString("date", edition.Date.ToString());
            w.WriteString("summary", edition.Summary);
            w.WriteString("status", Names.Json(edition.Status));
            w.WriteStartArray("sources");
            foreach (var source in edition.Sources)
            {
                w.WriteStringValue(source.Id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
