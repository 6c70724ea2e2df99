using System.Text.Json;
using System.Text.Json.Serialization;

namespace WcoKnowledge.Json;

/// <summary>
/// The compile-time generated reader of dataset files: no reflection, so it is safe under trimming and NativeAOT.
/// Strict on purpose, with System.Text.Json's own rules (the parts of <c>JsonSerializerDefaults.Strict</c>, plus the
/// format's camelCase names): unknown members, members written twice, missing <c>required</c> members and nulls in
/// non-nullable members are errors, so a typo in a dataset fails loudly instead of reaching a user as a silent gap.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = WcoLoadOptions.DefaultMaxDepth,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
