using System.CommandLine;
using System.Runtime.CompilerServices;

namespace WcoKnowledge.Cli.Commands;

/// <summary>
/// <c>wco mcp</c>: serves the knowledge base as Model Context Protocol tools over stdio until stdin closes. The tools
/// are the WcoKnowledge.Mcp package's, the same for every host.
/// </summary>
/// <remarks>Nothing here touches an MCP type: the server lives in <see cref="McpServerHost"/>, reached only from this
/// command's action, so building the command tree for every other command costs no MCP code.</remarks>
internal static class McpCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var command = new WcoCommand(
            "mcp",
            "Serve the knowledge base to AI assistants as Model Context Protocol (MCP) tools over stdio: JSON-RPC on stdin and stdout, "
            + "diagnostics on stderr, until stdin closes. An MCP client starts it; see docs/mcp.md.",
            [
                new("wco mcp", "Serve the tools over stdio (an MCP client starts this)"),
                new("wco mcp --data my-dataset.json", "Serve them over your own dataset file"),
            ]);
        command.SetAction(parse => Serve(context, parse));
        return command;
    }

    // Not inlined, so that the MCP host's code stays out of the command's set-up.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Serve(CliContext context, ParseResult parse)
    {
        // Loads --data first, through the loader every command uses: a bad file ends here with exit code 3 and its
        // errors on stderr, before any protocol message.
        var kb = context.KnowledgeBase(parse);
        return McpServerHost.Run(kb, context.Error);
    }
}
