using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format json</c>: the whole knowledge base as one document of the tool's own, documented shape
/// (README, "JSON export"): the organization's facts, the kinds, every item of every kind (plans list their
/// objectives' ids, objectives their plan's id), every relation and every source, with the same item, relation,
/// figure and source objects as the <c>--json</c> output. It is built from the library's
/// API alone, so items of kinds added later are exported too. It is not the dataset file format (the library
/// can read that format but not write it).
/// </summary>
internal static class JsonExporter
{
    /// <summary>Names the shape, so a reader can tell this document from a dataset file.</summary>
    public const string Format = "wco-knowledge-export";

    /// <summary>Raised only when a field is removed or changes meaning; new fields keep the version.</summary>
    public const int FormatVersion = 1;

    public static string Write(IWcoKnowledgeBase kb) => JsonOutput.ToText(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteNumber("formatVersion", FormatVersion);
        w.WriteString("dataVersion", kb.DataVersion);
        w.WriteString("asOf", kb.AsOf.ToString());
        JsonOutput.OrganizationFacts(w, "organization", kb.Organization);
        JsonOutput.Kinds(w, kb);
        w.WriteStartArray("items");
        foreach (var item in kb.Items)
        {
            JsonOutput.Item(w, item);
        }

        w.WriteEndArray();
        JsonOutput.Relations(w, "relations", kb.Relations);
        JsonOutput.Sources(w, "sources", kb.Sources);
        w.WriteEndObject();
    }) + "\n";
}
