using System;
using System.IO;
using System.Threading;
using ModelContextProtocol.Server;
using WcoKnowledge.Mcp;

namespace WcoKnowledge.Cli.Commands;

/// <summary>Runs the MCP server of <c>wco mcp</c> over the process's stdin and stdout.</summary>
internal static class McpServerHost
{
    /// <summary>Serves <paramref name="knowledgeBase"/> until stdin closes (or SIGINT/SIGTERM); returns the exit code.</summary>
    /// <param name="knowledgeBase">The knowledge base the tools answer from.</param>
    /// <param name="diagnostics">Where the start and stop lines go: stderr. Stdout carries protocol messages only.</param>
    public static int Run(IWcoKnowledgeBase knowledgeBase, TextWriter diagnostics)
    {
        var options = new McpServerOptions();
        WcoMcpTools.Configure(options, knowledgeBase);
        using var stop = new CancellationTokenSource();
        // Ctrl+C in a terminal stops the server cleanly instead of killing it mid-message.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        diagnostics.Write($"wco mcp: serving {options.ToolCollection!.Count} tools over stdio ({knowledgeBase.DataVersion}, as of {knowledgeBase.AsOf}); stops when stdin closes.\n");
        diagnostics.Flush();
        // No logger factory: the SDK then logs nothing, and in particular nothing to stdout.
        var transport = new StdioServerTransport(options);
        var server = McpServer.Create(transport, options);
        try
        {
            server.RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped by Ctrl+C: a normal end.
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            transport.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        diagnostics.Write("wco mcp: stdin closed; stopped.\n");
        return ExitCodes.Ok;
    }
}
