using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Server;

namespace WcoKnowledge.Mcp;

/// <summary>
/// The whole of a stdio MCP server over a knowledge base: the options of <see cref="WcoMcpTools.Configure"/>, the SDK's
/// stdio transport (JSON-RPC on the process's stdin and stdout), served until stdin closes. <c>wco mcp</c> is this.
/// </summary>
/// <remarks>
/// Writes nothing to stdout but protocol messages: the SDK gets no logger, and the two diagnostic lines go to the
/// writer given (stderr). One server per process, as stdio allows; it only reads the immutable knowledge base.
/// </remarks>
public static class WcoMcpStdioServer
{
    /// <summary>Serves <paramref name="knowledgeBase"/> over stdin and stdout until stdin closes or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="knowledgeBase">The knowledge base the tools answer from.</param>
    /// <param name="diagnostics">Where a start and a stop line go (stderr); never stdout, which carries the protocol.</param>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, for example); the task then ends normally.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async Task RunAsync(IWcoKnowledgeBase knowledgeBase, TextWriter diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var options = new McpServerOptions();
        WcoMcpTools.Configure(options, knowledgeBase);
        await diagnostics.WriteAsync($"wco mcp: serving {options.ToolCollection!.Count} tools over stdio (data {knowledgeBase.DataVersion}, as of {knowledgeBase.AsOf}); stops when stdin closes.\n").ConfigureAwait(false);
        await diagnostics.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        var transport = new StdioServerTransport(options);
        await using (transport.ConfigureAwait(false))
        {
            var server = McpServer.Create(transport, options);
            await using (server.ConfigureAwait(false))
            {
                try
                {
                    await server.RunAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopped on request: a normal end.
                }
            }
        }

        await diagnostics.WriteAsync("wco mcp: stopped.\n").ConfigureAwait(false);
        await diagnostics.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
