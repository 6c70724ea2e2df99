using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WcoKnowledge.Cli.Output;

/// <summary>One kind-specific member of an item (an objective's number, an instrument's entry into force), as people read it.</summary>
/// <param name="Label">The label, for example "plan edition".</param>
/// <param name="Text">The value as people read it; <see langword="null"/> when the item has no value, which output leaves out.</param>
internal sealed record ItemDetail(string Label, string? Text)
{
    /// <summary>The value when it is a number (objectives, building blocks, regions).</summary>
    public int? Number { get; init; }

    /// <summary>The items the value names (an instrument's topics, an objective's plan), so that a document can link them.</summary>
    public IReadOnlyList<IKnowledgeItem>? Items { get; init; }
}

/// <summary>
/// The members an item has beyond those of <see cref="IKnowledgeItem"/>, for human output and the Markdown export
/// (JSON is the library's <see cref="WcoJson"/>). An item of a kind added to the library later shows its common
/// members everywhere and its own members once they are listed here.
/// </summary>
internal static class ItemDetails
{
    /// <summary>The details of <paramref name="item"/>; the items a detail names are titled in <paramref name="language"/> (English by default).</summary>
    public static IReadOnlyList<ItemDetail> Of(IKnowledgeItem item, string language = LanguageTags.English) => item switch
    {
        Objective o =>
        [
            Number(o.Number),
            new("plan edition", o.PlanEdition),
            new("plan status", DatasetWords.Word(o.PlanEditionStatus)),
            new("label", o.Label),
            new ItemDetail("plan", o.Plan.Id) { Items = [o.Plan] },
        ],
        Pillar p => [Number(p.Number)],
        Statement s => [new("era", s.Era)],
        StrategyDocument d => [new("adopted", d.Adopted.ToString())],
        GovernanceBody b =>
        [
            new("group", b.Group),
            new("established", b.Established?.ToString()),
        ],
        Instrument i =>
        [
            new("type", Describe(i.InstrumentKind)),
            new("adopted", Adopted(i)),
            new("in force", InForce(i)),
            Items("topics", i.Topics, language),
            Items("managed by", i.ManagedBy, language),
        ],
        Region r =>
        [
            Number(r.Number),
            new("abbreviation", r.Abbreviation),
        ],
        SecretaryGeneral s =>
        [
            new("country", s.Country),
            new("term", Term(s)),
            new("in office", s.InOffice ? "yes" : "no"),
        ],
        StrategicPlan p =>
        [
            new("period", p.Period),
            new("endorsed", p.Endorsed?.ToString()),
            new("structure", p.Structure),
        ],
        Member m =>
        [
            new("ISO codes", m.IsoAlpha2 is null ? null : m.IsoAlpha2 + " / " + m.IsoAlpha3),
            new("codes", m.CodeNote),
            new ItemDetail("region", m.Region.Id) { Items = [m.Region] },
            new("member since", MemberSince(m)),
        ],
        Officer o =>
        [
            new("office", Describe(o.Office)),
            new("country", o.Country),
            new("term", Term(o)),
        ],
        _ => [],
    };

    private static string MemberSince(Member m) => (m.MemberSince, m.MemberSinceKind) switch
    {
        (null, _) => "no date found in any source",
        ({ } date, MembershipDateKind.Deposit) => date + " (instrument deposited)",
        ({ } date, MembershipDateKind.Effective) => date + " (membership took effect)",
        ({ } date, _) => date + " (the sources do not say whether deposit or effect)",
    };

    /// <summary>The details human output shows as a labelled field: those with a value.</summary>
    public static IEnumerable<ItemDetail> ForHuman(IKnowledgeItem item, string language = LanguageTags.English) => Of(item, language).Where(detail => detail.Text is not null);

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
        _ => DatasetWords.Word(kind),
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

    /// <summary>An officer's term: "2019-06 to 2023-06", or "from 2014 (end not given)": no source marks an officer as still in office.</summary>
    public static string Term(Officer o) => Term(o.TermStart, o.TermEnd, null);

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

    /// <summary>How human output names an office.</summary>
    public static string Describe(Office office) => office == Office.CouncilChair ? "Chairperson of the Council" : "Deputy Secretary General";

    private static ItemDetail Number(int number) =>
        new("number", number.ToString(CultureInfo.InvariantCulture)) { Number = number };

    // Related items: titles (in the language asked for, else English) with ids.
    private static ItemDetail Items(string label, IReadOnlyList<IKnowledgeItem> items, string language) =>
        new(label, items.Count == 0 ? null : string.Join("; ", items.Select(item => $"{item.TitleIn(language).Text} ({item.Id})"))) { Items = items };
}
