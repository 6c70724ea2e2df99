using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WcoKnowledge.Cli.Output;

/// <summary>
/// Writes the <c>--json</c> documents and the JSON export with <see cref="Utf8JsonWriter"/> (no reflection, so the
/// tool stays trimmable and AOT-compatible). Every shape is documented in the README; field names never change,
/// new fields may be added, and consumers should ignore fields they do not know.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions _options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Non-ASCII text ("coopération", "–") is written as is, not as \u escapes; output is UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document, built by <paramref name="body"/>, and a final newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        output.Write(ToText(body));
        output.Write('\n');
    }

    /// <summary>One JSON document as text, without a final newline.</summary>
    public static string ToText(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, _options))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An item: the members every item has, then its kind's own members (see <see cref="ItemDetails"/>); sources as ids.</summary>
    public static void Item(Utf8JsonWriter w, IKnowledgeItem item)
    {
        w.WriteStartObject();
        w.WriteString("id", item.Id);
        w.WriteString("kind", Names.Json(item.Kind));
        w.WriteString("title", item.Title);
        w.WriteString("summary", item.Summary);
        Strings(w, "aliases", item.Aliases);
        w.WriteString("status", Names.Json(item.Status));
        w.WriteString("statusNote", item.StatusNote);
        SourceIds(w, item.Sources);
        foreach (var detail in ItemDetails.ForJson(item))
        {
            w.WritePropertyName(detail.JsonName);
            detail.Json!(w);
        }

        w.WriteEndObject();
    }

    /// <summary>A relation, with the members and words of the dataset file: <c>{"from", "type", "to", "status", "note", "sources"}</c>, ends and sources as ids.</summary>
    public static void Relation(Utf8JsonWriter w, Relation relation)
    {
        w.WriteStartObject();
        w.WriteString("from", relation.From.Id);
        w.WriteString("type", Names.Json(relation.Type));
        w.WriteString("to", relation.To.Id);
        w.WriteString("status", Names.Json(relation.Status));
        w.WriteString("note", relation.Note);
        SourceIds(w, relation.Sources);
        w.WriteEndObject();
    }

    public static void Relations(Utf8JsonWriter w, string name, IEnumerable<Relation> relations)
    {
        w.WriteStartArray(name);
        foreach (var relation in relations)
        {
            Relation(w, relation);
        }

        w.WriteEndArray();
    }

    /// <summary>A source, with the members and words of the dataset file.</summary>
    public static void Source(Utf8JsonWriter w, Source source)
    {
        w.WriteStartObject();
        w.WriteString("id", source.Id);
        w.WriteString("title", source.Title);
        w.WriteString("publisher", source.Publisher);
        w.WriteString("url", source.Url);
        w.WriteString("kind", Names.Json(source.Kind));
        Date(w, "asOf", source.AsOf);
        w.WriteString("note", source.Note);
        w.WriteEndObject();
    }

    public static void Sources(Utf8JsonWriter w, string name, IEnumerable<Source> sources)
    {
        w.WriteStartArray(name);
        foreach (var source in sources)
        {
            Source(w, source);
        }

        w.WriteEndArray();
    }

    /// <summary>A dated figure as a named member, or <c>null</c>; <c>text</c> is the readable form ("more than 150 staff (2021-03-04)").</summary>
    public static void Figure(Utf8JsonWriter w, string name, DatedFigure? figure)
    {
        w.WritePropertyName(name);
        Figure(w, figure);
    }

    public static void Figure(Utf8JsonWriter w, DatedFigure? figure)
    {
        if (figure is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber("value", figure.Value);
        w.WriteString("qualifier", Names.Json(figure.Qualifier));
        w.WriteString("unit", figure.Unit);
        Date(w, "asOf", figure.AsOf);
        w.WriteString("status", Names.Json(figure.Status));
        w.WriteString("note", figure.Note);
        w.WriteString("text", figure.ToString());
        SourceIds(w, figure.Sources);
        w.WriteEndObject();
    }

    public static void Figures(Utf8JsonWriter w, string name, IReadOnlyList<DatedFigure> figures)
    {
        w.WriteStartArray(name);
        foreach (var figure in figures)
        {
            Figure(w, figure);
        }

        w.WriteEndArray();
    }

    /// <summary>The organization's facts, as <c>wco facts --json</c> and the JSON export write them.</summary>
    public static void OrganizationFacts(Utf8JsonWriter w, string name, Organization o)
    {
        w.WriteStartObject(name);
        w.WriteString("id", o.Id);
        w.WriteString("title", o.Title);
        w.WriteString("abbreviation", o.Abbreviation);
        w.WriteString("legalName", o.LegalName);
        w.WriteString("legalAbbreviation", o.LegalAbbreviation);
        w.WriteString("frenchName", o.FrenchName);
        w.WriteString("frenchAbbreviation", o.FrenchAbbreviation);
        w.WriteString("frenchLegalName", o.FrenchLegalName);
        w.WriteString("frenchLegalAbbreviation", o.FrenchLegalAbbreviation);

        var convention = o.EstablishingConvention;
        w.WriteStartObject("establishingConvention");
        w.WriteString("title", convention.Title);
        w.WriteString("place", convention.Place);
        Date(w, "signedOn", convention.SignedOn);
        Date(w, "inForceOn", convention.InForceOn);
        w.WriteString("status", Names.Json(convention.Status));
        SourceIds(w, convention.Sources);
        w.WriteEndObject();

        var seat = o.Headquarters;
        w.WriteStartObject("headquarters");
        w.WriteString("city", seat.City);
        w.WriteString("country", seat.Country);
        w.WriteString("address", seat.Address);
        w.WriteString("status", Names.Json(seat.Status));
        SourceIds(w, seat.Sources);
        w.WriteEndObject();

        var languages = o.OfficialLanguages;
        w.WriteStartObject("officialLanguages");
        Strings(w, "languages", languages.Languages);
        Date(w, "asOf", languages.AsOf);
        w.WriteString("status", Names.Json(languages.Status));
        SourceIds(w, languages.Sources);
        w.WriteEndObject();

        Date(w, "firstCouncilSession", o.FirstCouncilSession.Date);
        Date(w, "workingNameAdopted", o.WorkingNameAdopted.Date);
        w.WriteStartArray("history");
        foreach (var milestone in o.History)
        {
            w.WriteStartObject();
            w.WriteString("key", milestone.Key);
            Date(w, "date", milestone.Date);
            w.WriteString("title", milestone.Title);
            w.WriteString("summary", milestone.Summary);
            w.WriteString("status", Names.Json(milestone.Status));
            SourceIds(w, milestone.Sources);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Figure(w, "currentMembership", o.CurrentMembership);
        Figures(w, "membership", o.Membership);
        Figure(w, "worldTradeShare", o.WorldTradeShare);
        Figures(w, "secretariatStaff", o.SecretariatStaff);
        w.WriteEndObject();
    }

    /// <summary>The kinds with their item counts: <c>[{"kind", "name", "idPrefix", "count"}]</c>, every kind the library defines.</summary>
    public static void Kinds(Utf8JsonWriter w, IWcoKnowledgeBase kb)
    {
        w.WriteStartArray("kinds");
        foreach (var kind in KnowledgeKinds.All)
        {
            w.WriteStartObject();
            w.WriteString("kind", Names.Json(kind));
            w.WriteString("name", Names.Display(kind));
            w.WriteString("idPrefix", KnowledgeKinds.IdPrefix(kind));
            w.WriteNumber("count", kb.GetItems(kind).Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void Date(Utf8JsonWriter w, string name, FactDate? date)
    {
        if (date is { } value)
        {
            w.WriteString(name, value.ToString());
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void SourceIds(Utf8JsonWriter w, IEnumerable<Source> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            w.WriteStringValue(source.Id);
        }

        w.WriteEndArray();
    }
}
