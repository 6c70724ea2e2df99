using System.Text.Json;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format json</c>: the whole knowledge base as a dataset file, written by the library's
/// <see cref="WcoJson"/> (docs/json-output.md), so the export is the format <c>wco --data</c> and
/// <see cref="WcoKnowledgeBase.Load(System.IO.Stream, WcoLoadOptions?)"/> read back.
/// </summary>
internal static class JsonExporter
{
    private static readonly JsonSerializerOptions _indented = Indented();

    public static string Write(IWcoKnowledgeBase kb)
        => JsonSerializer.Serialize(kb, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<IWcoKnowledgeBase>)_indented.GetTypeInfo(typeof(IWcoKnowledgeBase))) + "\n";

    private static JsonSerializerOptions Indented()
    {
        var options = new JsonSerializerOptions(WcoJson.Options) { WriteIndented = true };
        options.MakeReadOnly();
        return options;
    }
}
