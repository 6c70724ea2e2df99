using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WcoKnowledge.Mcp;

/// <summary>
/// The JSON the tools write: model objects by the library's <see cref="WcoJson"/> (its shapes, no reflection), and the
/// small wrapper objects around them as <see cref="JsonObject"/>s.
/// </summary>
internal static class ToolJson
{
    /// <summary>A model object (item, source, relation, figure, hit, date answer, list of those) as <see cref="WcoJson"/> writes it.</summary>
    public static JsonNode? Model<T>(T? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, WcoJson.GetTypeInfo<T>());

    /// <summary>A wrapper object as the <see cref="JsonElement"/> the SDK sends as structured content.</summary>
    /// <remarks>Written with <see cref="JsonNode.WriteTo"/> and read back, which needs no serializer metadata.</remarks>
    public static JsonElement ToElement(JsonObject value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
