using System.Text.Json;
using System.Text.Json.Serialization;

namespace WcoKnowledge.Json;

/// <summary>
/// The compile-time generated reader for dataset files: no reflection, so it is safe under trimming and
/// NativeAOT. Strict on purpose: unknown members, missing required members and nulls in non-nullable
/// members are errors, so a typo in a dataset fails loudly instead of reaching a user as a silent gap.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class WcoJsonContext : JsonSerializerContext
{
}
