using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WcoKnowledge.Cli.Output;

/// <summary>
/// Writes one <c>--json</c> document: the command's small wrapper object with <see cref="Utf8JsonWriter"/>, and every
/// model object inside it (items, sources, relations, figures, search hits, date answers) by the library's
/// <see cref="WcoJson"/>, into the same writer. The tool therefore has no JSON shape of its own for anything the
/// library writes: <c>wco show pillar 3 --json</c> holds exactly what <c>wco export</c> and the web API write for
/// that pillar, with the writer's indentation. <see cref="WcoJson.GetTypeInfo{T}"/> needs no reflection, so this
/// stays trimmable and NativeAOT-safe.
/// </summary>
internal static class CliJson
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
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, _options))
        {
            body(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>A member whose value <see cref="WcoJson"/> writes (<c>null</c> for a null value).</summary>
    public static void Member<T>(Utf8JsonWriter w, string name, T? value)
    {
        w.WritePropertyName(name);
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(w, value, WcoJson.GetTypeInfo<T>());
        }
    }

    /// <summary>The kinds with their item counts, <c>[{"kind", "name", "idPrefix", "count"}]</c>, in the library's words.</summary>
    public static void Kinds(Utf8JsonWriter w, IWcoKnowledgeBase kb)
    {
        w.WriteStartArray("kinds");
        foreach (var kind in KnowledgeKinds.All)
        {
            w.WriteStartObject();
            w.WriteString("kind", KnowledgeKinds.Word(kind));
            w.WriteString("name", KnowledgeKinds.DisplayName(kind));
            w.WriteString("idPrefix", KnowledgeKinds.IdPrefix(kind));
            w.WriteNumber("count", kb.GetItems(kind).Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
