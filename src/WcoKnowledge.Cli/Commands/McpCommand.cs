using System;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using WcoKnowledge.Mcp;

namespace WcoKnowledge.Cli.Commands;

/// <summary>
/// <c>wco mcp</c>: serves the knowledge base as Model Context Protocol tools over stdio until stdin closes. The tools
/// are the WcoKnowledge.Mcp package's (<see cref="WcoMcpStdioServer"/>), the same for every host.
/// </summary>
/// <remarks>
/// <para>The IL build (the portable package, tests, <c>dotnet run</c>) serves in this process. The NativeAOT build
/// replaces itself with <c>wco-mcp</c>, the server compiled as a program of its own and installed beside it: its build
/// sets the feature switch <see cref="InProcessSwitch"/> to false, so the compiler removes the in-process branch and,
/// with it, the MCP SDK from <c>wco</c>. A NativeAOT program's start-up grows with its size, and the SDK would nearly
/// triple it (src/WcoKnowledge.Cli.McpHost says more): every other command stays as fast as before.</para>
/// <para>Either way the command line and <c>--data</c> are handled here first, by the parser and the loader every
/// command uses, so a bad dataset ends with exit code 3 and its errors on stderr before any protocol message.</para>
/// </remarks>
internal static class McpCommand
{
    /// <summary>The feature switch that the NativeAOT build sets to false (WcoKnowledge.Cli.csproj).</summary>
    public const string InProcessSwitch = "WcoKnowledge.Cli.McpInProcess";

    /// <summary>The server program beside the NativeAOT executable.</summary>
    public const string HostProgram = "wco-mcp";

    public static WcoCommand Create(CliContext context)
    {
        var command = new WcoCommand(
            "mcp",
            "Serve the knowledge base to AI assistants as Model Context Protocol (MCP) tools over stdio: JSON-RPC on stdin and stdout, "
            + "a start and a stop line on stderr, until stdin closes. An MCP client starts it; see docs/mcp.md.",
            [
                new("wco mcp", "Serve the tools over stdio (an MCP client starts this)"),
                new("wco mcp --data my-dataset.json", "Serve them over your own dataset file"),
            ]);
        command.SetAction(parse => Serve(context, parse));
        return command;
    }

    /// <summary>Whether to serve in this process; a constant false in the NativeAOT build, where the trimmer then drops the branch.</summary>
    [FeatureSwitchDefinition(InProcessSwitch)]
    private static bool InProcess => !AppContext.TryGetSwitch(InProcessSwitch, out var enabled) || enabled;

    private static int Serve(CliContext context, ParseResult parse)
    {
        var data = parse.GetValue(context.Data);
        if (InProcess)
        {
            return ServeHere(context.KnowledgeBase(parse), context.Error);
        }

        if (data is not null)
        {
            // Validates the file now, with every command's messages; wco-mcp loads it again.
            _ = context.KnowledgeBase(parse);
        }

        return ReplaceWithHost(data);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ServeHere(IWcoKnowledgeBase knowledgeBase, TextWriter diagnostics)
    {
        using var stop = new CancellationTokenSource();
        // Ctrl+C in a terminal stops the server cleanly instead of killing it mid-message.
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            WcoMcpStdioServer.RunAsync(knowledgeBase, diagnostics, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        return ExitCodes.Ok;
    }

    // Replaces this process with wco-mcp (same process id, stdin, stdout and stderr), so that a client talks to the
    // server directly and no wco process waits in between. Returns only when that fails.
    private static int ReplaceWithHost(string? data)
    {
        // Only the NativeAOT build comes here, and it is built for Linux only (the package's runtime identifiers).
        var host = Path.Combine(AppContext.BaseDirectory, HostProgram);
        if (!File.Exists(host))
        {
            throw new CliException(ExitCodes.BrokenInstall, $"The MCP server program '{host}' is missing.", "Reinstall the tool: dotnet tool update --global WcoKnowledge.Cli");
        }

        EnsureExecutable(host);
        string[] arguments = data is null ? [host] : [host, "--data", data];
        var native = new nint[arguments.Length + 1];
        try
        {
            for (var i = 0; i < arguments.Length; i++)
            {
                native[i] = Marshal.StringToCoTaskMemUTF8(arguments[i]);
            }

            var path = Marshal.StringToCoTaskMemUTF8(host);
            var result = Execv(path, native);
            var error = result == -1 ? Marshal.GetLastPInvokeError() : 0;
            Marshal.FreeCoTaskMem(path);
            throw new CliException(ExitCodes.BrokenInstall, $"The MCP server program '{host}' cannot be started (errno {error}).", "Reinstall the tool: dotnet tool update --global WcoKnowledge.Cli");
        }
        finally
        {
            foreach (var pointer in native)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    // A package keeps no file modes: whether the server program is executable depends on what unpacked it (dotnet tool
    // install of the .NET 10 SDK marks every file of the tool rwxr--r--). Where it is not, the first run marks it (the
    // tool's files belong to the user who installed it).
    private static void EnsureExecutable(string host)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(host);
        if ((mode & UnixFileMode.UserExecute) != 0)
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(host, mode | (execute & ReadBitsAsExecute(mode)));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new CliException(ExitCodes.BrokenInstall, $"The MCP server program '{host}' is not executable and cannot be made so: {e.Message}", $"Run: chmod +x '{host}'");
        }
    }

    // Execute permission for whoever may read the file (rw-r--r-- becomes rwxr-xr-x).
    private static UnixFileMode ReadBitsAsExecute(UnixFileMode mode) =>
        ((mode & UnixFileMode.UserRead) != 0 ? UnixFileMode.UserExecute : 0)
        | ((mode & UnixFileMode.GroupRead) != 0 ? UnixFileMode.GroupExecute : 0)
        | ((mode & UnixFileMode.OtherRead) != 0 ? UnixFileMode.OtherExecute : 0);

    [DllImport("libc", EntryPoint = "execv", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Execv(nint path, nint[] argv);
}
