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

    /// <summary><c>wco export --format jsonld</c>: the knowledge base as JSON-LD with schema.org types, written by the library's <see cref="WcoJson.WriteJsonLd"/>.</summary>
    public static string WriteJsonLd(IWcoKnowledgeBase kb)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            WcoJson.WriteJsonLd(writer, kb);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static JsonSerializerOptions Indented()
    {
        var options = new JsonSerializerOptions(WcoJson.Options) { WriteIndented = true };
        options.MakeReadOnly();
        return options;
    }
}
