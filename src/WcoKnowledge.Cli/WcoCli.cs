using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using WcoKnowledge.Cli.Commands;

namespace WcoKnowledge.Cli;

/// <summary>
/// The <c>wco</c> command line: builds the command tree, parses, runs the command and turns failures into exit
/// codes (<see cref="ExitCodes"/>) and messages on stderr. <c>Program</c> calls it with the console; tests call it
/// in-process with their own writers and environment.
/// </summary>
internal static class WcoCli
{
    /// <summary>Runs <c>wco</c> with <paramref name="args"/>, as if stdout were redirected (so without colour).</summary>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment) =>
        Run(args, stdout, stderr, environment, stdoutIsTerminal: false);

    /// <summary>Runs <c>wco</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and hints go.</param>
    /// <param name="environment">The environment variables (<c>NO_COLOR</c>, <c>TERM</c>).</param>
    /// <param name="stdoutIsTerminal">Whether <paramref name="stdout"/> is a terminal; colour is used only then.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment, bool stdoutIsTerminal)
    {
        var context = new CliContext(stdout, stderr, environment, stdoutIsTerminal);
        var root = BuildCommandTree(context);
        // "@file" is text to search for, not a response file.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            UsageErrors(parse, root, stderr);
            return ExitCodes.Usage;
        }

        try
        {
            // Commands write to context.Out; only System.CommandLine's own help and version text go through the
            // invocation's writer, which is buffered so that the padding its help layout leaves at line ends is cut.
            var own = new StringWriter();
            try
            {
                return parse.Invoke(new InvocationConfiguration { Output = own, Error = stderr, EnableDefaultExceptionHandler = false });
            }
            finally
            {
                foreach (var line in own.ToString().Split('\n').SkipLast(1))
                {
                    stdout.Write(line.TrimEnd() + "\n");
                }
            }
        }
        catch (CliException e)
        {
            stderr.Write($"wco: {e.Message}\n");
            foreach (var hint in e.Hints)
            {
                stderr.Write(hint + "\n");
            }

            return e.ExitCode;
        }
    }

    // Parse errors, each on a line; for a mistyped command the commands it is closest to; and where to get help.
    private static void UsageErrors(ParseResult parse, Command root, TextWriter stderr)
    {
        foreach (var error in parse.Errors)
        {
            stderr.Write($"wco: {error.Message}\n");
        }

        var command = parse.CommandResult.Command;
        if (command == root && parse.UnmatchedTokens.Count > 0)
        {
            var typed = parse.UnmatchedTokens[0];
            var close = root.Subcommands.Where(sub => sub.Name.StartsWith(typed, System.StringComparison.OrdinalIgnoreCase)
                || EditDistance(sub.Name, typed.ToLowerInvariant()) <= 2).ToList();
            if (close.Count > 0)
            {
                stderr.Write($"Did you mean {string.Join(" or ", close.Select(sub => $"'wco {sub.Name}'"))}?\n");
            }
        }

        stderr.Write($"Run '{(command == root ? "wco" : $"wco {command.Name}")} --help' for usage and examples.\n");
    }

    // Levenshtein distance, for suggesting a command name; both strings are short.
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = System.Math.Min(substitution, System.Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The commands: <c>wco</c> (overview), show, list, search, facts, sources, export, mcp; <c>--json</c> and <c>--data</c> on all.</summary>
    internal static WcoCommand BuildCommandTree(CliContext context)
    {
        var root = OverviewCommand.Create(context);
        root.Options.Add(new HelpOption { Action = new ExamplesHelpAction() });
        root.Options.Add(new VersionOption { Action = new VersionAction() });
        root.Options.Add(context.Json);
        root.Options.Add(context.Data);
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(FactsCommand.Create(context));
        root.Subcommands.Add(SourcesCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(McpCommand.Create(context));
        return root;
    }
}
