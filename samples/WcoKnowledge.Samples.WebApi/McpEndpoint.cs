using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
using WcoKnowledge.Mcp;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>
/// The knowledge base as Model Context Protocol tools at <c>/mcp</c>, over the SDK's Streamable HTTP transport: the
/// tools, descriptions, results and errors are the WcoKnowledge.Mcp package's, the same that <c>wco mcp</c> serves over
/// stdio. This host only chooses the transport and the route.
/// </summary>
/// <remarks>
/// Stateless: every POST is answered on its own, with no <c>Mcp-Session-Id</c> to keep and no per-client state on the
/// server, which suits tools that only read immutable data and lets any number of instances serve behind a load
/// balancer. The tools are made once from the registered <see cref="IWcoKnowledgeBase"/> and shared by every request.
/// </remarks>
internal static class McpEndpoint
{
    /// <summary>The route of the MCP endpoint, as the index and docs/web-api.md give it.</summary>
    public const string Route = "/mcp";

    public static IServiceCollection AddWcoMcpServer(this IServiceCollection services)
    {
        services.AddMcpServer().WithHttpTransport(transport => transport.Stateless = true);
        // From the container rather than WcoKnowledgeBase.Default, so that the tools answer from the same knowledge
        // base as the REST endpoints, whatever is registered. The options are built once, so are the tools.
        services.AddOptions<McpServerOptions>().Configure<IWcoKnowledgeBase>(WcoMcpTools.Configure);
        return services;
    }

    public static IEndpointRouteBuilder MapWcoMcp(this IEndpointRouteBuilder app)
    {
        // JSON-RPC over POST, not a resource: it stays out of the OpenAPI document, which describes the REST routes.
        app.MapMcp(Route).ExcludeFromDescription();
        return app;
    }
}
