// One line per member: the member tables read as the format's spec does; braces would triple their length.
#pragma warning disable IDE0011

using System;
using System.Text.Json;

namespace WcoKnowledge.Json;

/// <summary>
/// Reads a dataset file (Data/README.md) into its <see cref="DatasetDocument"/>: one method per JSON object over
/// System.Text.Json's <see cref="System.Text.Json.Utf8JsonReader"/> (through <see cref="JsonCursor"/>), refusing unknown
/// members, members written twice, missing required members, nulls where a value is required and tokens of the wrong
/// type, each as a <see cref="JsonFormatException"/> naming the JSON path.
/// </summary>
/// <remarks>
/// Per-object readers rather than a source-generated <c>JsonSerializerContext</c>: in a host that already uses
/// System.Text.Json, the serializer's metadata for the dataset's 25 object types made the first answer cost two to three
/// times as much as these readers, under the JIT and under NativeAOT alike (docs/design.md has the figures). The reader
/// underneath is the same; no reflection, so trim- and AOT-safe.
/// </remarks>
internal static partial class DatasetJsonReader
{
    /// <summary>The document, or null when the whole document is the JSON literal null.</summary>
    internal static DatasetDocument? Read(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var c = new JsonCursor(utf8Json, maxDepth);
        c.Read();
        var document = c.TokenType == JsonTokenType.Null ? null : Document(ref c);
        c.ReadEnd();
        return document;
    }

    private static DatasetDocument Document(ref JsonCursor c)
    {
        var d = new DatasetDocument();
        var hasFormatVersion = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("formatVersion"u8, "formatVersion")) (d.FormatVersion, hasFormatVersion) = (c.Int(), true);
            else if (c.Member("dataVersion"u8, "dataVersion")) d.DataVersion = c.Text();
            else if (c.Member("asOf"u8, "asOf")) d.AsOf = c.Text();
            else if (c.Member("sources"u8, "sources")) d.Sources = c.Objects(Source);
            else if (c.Member("organization"u8, "organization")) d.Organization = Organization(ref c);
            else if (c.Member("customsIn21stCentury"u8, "customsIn21stCentury")) d.CustomsIn21stCentury = StrategyDocument(ref c);
            else if (c.Member("roles"u8, "roles")) d.Roles = c.Objects(Item);
            else if (c.Member("objectives"u8, "objectives")) d.Objectives = c.Objects(Objective);
            else if (c.Member("pillars"u8, "pillars")) d.Pillars = c.Objects(Pillar);
            else if (c.Member("strategicPlans"u8, "strategicPlans")) d.StrategicPlans = c.Objects(StrategicPlan);
            else if (c.Member("instruments"u8, "instruments")) d.Instruments = c.Objects(Instrument);
            else if (c.Member("regions"u8, "regions")) d.Regions = c.Objects(Region);
            else if (c.Member("secretariesGeneral"u8, "secretariesGeneral")) d.SecretariesGeneral = c.Objects(SecretaryGeneral);
            else if (c.Member("relations"u8, "relations")) d.Relations = c.Objects(Relation);
            else if (c.Member("members"u8, "members")) d.Members = c.Objects(Member);
            else if (c.Member("officers"u8, "officers")) d.Officers = c.Objects(Officer);
            else throw c.UnknownMember();
        }

        c.Require(hasFormatVersion, "formatVersion");
        if (d.FormatVersion != DatasetDocument.SupportedFormatVersion)
        {
            // A file of another format version lacks members this one requires: the loader names the version, which is
            // the one problem worth reporting, instead of a list of members that the old format did not have.
            return d;
        }

        c.Require(d.DataVersion, "dataVersion");
        c.Require(d.AsOf, "asOf");
        c.Require(d.Sources, "sources");
        c.Require(d.Organization, "organization");
        c.Require(d.CustomsIn21stCentury, "customsIn21stCentury");
        c.Require(d.Roles, "roles");
        c.Require(d.Objectives, "objectives");
        c.Require(d.Pillars, "pillars");
        c.Require(d.StrategicPlans, "strategicPlans");
        c.Require(d.Instruments, "instruments");
        c.Require(d.Regions, "regions");
        c.Require(d.SecretariesGeneral, "secretariesGeneral");
        c.Require(d.Relations, "relations");
        c.Require(d.Members, "members");
        c.Require(d.Officers, "officers");
        return d;
    }

    private static SourceDto Source(ref JsonCursor c)
    {
        var s = new SourceDto();
        var hasAsOf = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("id"u8, "id")) s.Id = c.Text();
            else if (c.Member("title"u8, "title")) s.Title = c.Text();
            else if (c.Member("publisher"u8, "publisher")) s.Publisher = c.Text();
            else if (c.Member("url"u8, "url")) s.Url = c.Text();
            else if (c.Member("kind"u8, "kind")) s.Kind = c.Text();
            else if (c.Member("asOf"u8, "asOf")) (s.AsOf, hasAsOf) = (c.NullableText(), true);
            else if (c.Member("note"u8, "note")) s.Note = c.NullableText();
            else throw c.UnknownMember();
        }

        c.Require(s.Id, "id");
        c.Require(s.Title, "title");
        c.Require(s.Publisher, "publisher");
        c.Require(s.Url, "url");
        c.Require(s.Kind, "kind");
        c.Require(hasAsOf, "asOf");
        return s;
    }

    /// <summary>A knowledge item with only the members every item has (roles, values, topics).</summary>
    private static ItemDto Item(ref JsonCursor c)
    {
        var item = new ItemDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (!ItemMember(ref c, item)) throw c.UnknownMember();
        }

        RequireItem(ref c, item);
        return item;
    }

    private static ObjectiveDto Objective(ref JsonCursor c)
    {
        var o = new ObjectiveDto();
        var hasNumber = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, o)) continue;
            else if (c.Member("number"u8, "number")) (o.Number, hasNumber) = (c.Int(), true);
            else if (c.Member("planEdition"u8, "planEdition")) o.PlanEdition = c.Text();
            else if (c.Member("planEditionStatus"u8, "planEditionStatus")) o.PlanEditionStatus = c.Text();
            else if (c.Member("plan"u8, "plan")) o.Plan = c.NullableText();
            else if (c.Member("label"u8, "label")) o.Label = c.NullableText();
            else throw c.UnknownMember();
        }

        RequireItem(ref c, o);
        c.Require(hasNumber, "number");
        c.Require(o.PlanEdition, "planEdition");
        c.Require(o.PlanEditionStatus, "planEditionStatus");
        return o; // a missing plan is reported by the builder, after the format version (which files of format 1 lack it in)
    }

    private static PillarDto Pillar(ref JsonCursor c)
    {
        var p = new PillarDto();
        var hasNumber = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, p)) continue;
            else if (c.Member("number"u8, "number")) (p.Number, hasNumber) = (c.Int(), true);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, p);
        c.Require(hasNumber, "number");
        return p;
    }

    private static StrategyDocumentDto StrategyDocument(ref JsonCursor c)
    {
        var s = new StrategyDocumentDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, s)) continue;
            else if (c.Member("adopted"u8, "adopted")) s.Adopted = c.Text();
            else throw c.UnknownMember();
        }

        RequireItem(ref c, s);
        c.Require(s.Adopted, "adopted");
        return s;
    }

    /// <summary>Reads the member the cursor is on when it is one that every knowledge item has.</summary>
    private static bool ItemMember(ref JsonCursor c, ItemDto item)
    {
        if (c.Member("id"u8, "id")) item.Id = c.Text();
        else if (c.Member("title"u8, "title")) item.Title = c.Text();
        else if (c.Member("summary"u8, "summary")) item.Summary = c.Text();
        else if (c.Member("aliases"u8, "aliases")) item.Aliases = c.Texts();
        else if (c.Member("status"u8, "status")) item.Status = c.Text();
        else if (c.Member("statusNote"u8, "statusNote")) item.StatusNote = c.NullableText();
        else if (c.Member("sources"u8, "sources")) item.Sources = c.Texts();
        else if (c.Member("translations"u8, "translations")) item.Translations = Translations(ref c);
        else if (c.Member("wikidata"u8, "wikidata")) item.Wikidata = Wikidata(ref c);
        else return false;
        return true;
    }

    private static void RequireItem(ref JsonCursor c, ItemDto item)
    {
        c.Require(item.Id, "id");
        c.Require(item.Title, "title");
        c.Require(item.Summary, "summary");
        c.Require(item.Aliases, "aliases");
        c.Require(item.Status, "status");
        c.Require(item.Sources, "sources");
    }
}
