namespace WcoKnowledge.Json;

/// <summary>The kinds of token <see cref="JsonTokenizer"/> reports.</summary>
internal enum JsonToken
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
}
