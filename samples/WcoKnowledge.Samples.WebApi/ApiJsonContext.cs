using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>The API's index (<c>GET /</c>): what this is, the dataset version and the routes.</summary>
/// <param name="Name">What the API serves.</param>
/// <param name="DataVersion">The dataset version, also the ETag's.</param>
/// <param name="AsOf">The date the dataset's facts are current as of.</param>
/// <param name="OpenApi">Where the OpenAPI document is.</param>
/// <param name="Mcp">Where the MCP endpoint is (Streamable HTTP, POST): apart from <paramref name="Endpoints"/>, which are the REST routes.</param>
/// <param name="Endpoints">The routes.</param>
internal sealed record ApiIndex(string Name, string DataVersion, string AsOf, string OpenApi, string Mcp, IReadOnlyList<string> Endpoints);

/// <summary>
/// Source-generated JSON metadata for this app's own types (the library's come from <see cref="WcoJson.TypeInfoResolver"/>,
/// problem details' from the framework), so that nothing is serialized by reflection: NativeAOT-safe.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiIndex))]
[JsonSerializable(typeof(string))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
}
