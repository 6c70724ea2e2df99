using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WcoKnowledge.Json;

/// <summary>Writes one model type in the dataset's JSON shape; reading is refused, since objects come only from a loaded dataset.</summary>
internal sealed class ModelConverter<T> : JsonConverter<T>
{
    private readonly Action<Utf8JsonWriter, T, JsonSerializerOptions> _write;

    internal ModelConverter(Action<Utf8JsonWriter, T, JsonSerializerOptions> write)
    {
        _write = write;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException($"{typeof(T).Name} is not read from JSON on its own: load a whole dataset with WcoKnowledgeBase.Load.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value, options);
}
