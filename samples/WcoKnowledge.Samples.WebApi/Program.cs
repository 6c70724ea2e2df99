using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WcoKnowledge;
using WcoKnowledge.Samples.WebApi;

// The WCO knowledge base behind HTTP: read-only endpoints over one shared, immutable knowledge base, bodies in the
// dataset's own JSON shape (WcoJson), errors as RFC 9457 problem details, ETag and Cache-Control for immutable data,
// an OpenAPI document at /openapi/v1.json, and the MCP tools of WcoKnowledge.Mcp at /mcp. docs/web-api.md lists the
// endpoints.
var builder = WebApplication.CreateSlimBuilder(args);

// Loaded once, here at start-up; immutable and thread-safe, so one instance serves every request.
builder.Services.AddSingleton<IWcoKnowledgeBase>(WcoKnowledgeBase.Default);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    // The library's model objects in the dataset's shape first, then this app's own (source-generated) types.
    // Problem details are the framework's own: AddProblemDetails adds their metadata.
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, WcoJson.TypeInfoResolver);
    options.SerializerOptions.TypeInfoResolverChain.Insert(1, ApiJsonContext.Default);
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
// The same MCP tools as `wco mcp`, over stateless Streamable HTTP (McpEndpoint).
builder.Services.AddWcoMcpServer();

var app = builder.Build();

// Anything unexpected becomes a problem response, never an HTML page or an empty body: a malformed request the
// framework rejects keeps its 4xx status; a fault of this app is a 500 problem (the tests show no input reaches it).
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
// Unknown paths (404) and other methods than GET (405) get a problem body too.
app.UseStatusCodePages();

app.MapOpenApi();
app.MapKnowledgeEndpoints();
app.MapWcoMcp();

app.Run();

/// <summary>The web API's entry point, public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The top-level statements' own class, in the global namespace.")]
public partial class Program
{
}
