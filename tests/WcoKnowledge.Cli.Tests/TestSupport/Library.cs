using System.IO;
using System.Text;
using System.Text.Json;

namespace WcoKnowledge.Cli.Tests.TestSupport;

/// <summary>
/// What the library's <see cref="WcoJson"/> writes, to compare <c>wco --json</c> output with: the tool must hold no JSON
/// shape of its own for a model object, only the library's.
/// </summary>
internal static class Library
{
    /// <summary>The library's own serialization of <paramref name="value"/>, compact, exactly as <see cref="WcoJson.GetTypeInfo{T}"/> writes it.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, WcoJson.GetTypeInfo<T>());

    /// <summary>
    /// A part of the tool's (indented, relaxed-escaping) document rewritten compact with the default escaping, as
    /// <see cref="Json{T}"/> writes: member order, numbers' text and string values are kept, so equal results mean the
    /// tool wrote the library's object byte for byte up to the writer's layout.
    /// </summary>
    public static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
