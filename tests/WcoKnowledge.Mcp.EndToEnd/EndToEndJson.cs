using System.Collections.Generic;
using System.Text.Json.Serialization;

/// <summary>Serializer metadata for the few values the check writes itself.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class EndToEndJson : JsonSerializerContext;
