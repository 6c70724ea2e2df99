using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using WcoKnowledge.Cli.Knowledge;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli;

/// <summary>One run of the tool: its writers, its environment, the options every command has, and the knowledge base, loaded on first use.</summary>
internal sealed class CliContext
{
    private IWcoKnowledgeBase? _knowledgeBase;

    public CliContext(TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment, bool stdoutIsTerminal)
    {
        Out = stdout;
        Error = stderr;
        Style = new Style(stdoutIsTerminal && !Disabled(environment, "NO_COLOR") && !Is(environment, "TERM", "dumb"));
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Colour for stdout: on only for a terminal, and never when <c>NO_COLOR</c> is set to anything but the empty string.</summary>
    public Style Style { get; }

    /// <summary><c>--json</c>: print one JSON document (shapes in docs/json-output.md) instead of text. On every command.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON for scripts instead of text: the library's WcoJson objects in a small wrapper (docs/json-output.md).",
        Recursive = true,
    };

    /// <summary><c>--data &lt;file&gt;</c>: run against a dataset file instead of the built-in one. On every command.</summary>
    public Option<string> Data { get; } = new("--data")
    {
        Description = "Use this dataset file instead of the built-in dataset; it is validated first.",
        HelpName = "file",
        Recursive = true,
    };

    public HumanOutput Human => new(Out, Style);

    public bool WantsJson(ParseResult parse) => parse.GetValue(Json);

    /// <summary>The knowledge base: <c>--data</c>'s file through the validating loader, or the built-in dataset.</summary>
    /// <exception cref="CliException">Exit code 3 for a missing or invalid file.</exception>
    public IWcoKnowledgeBase KnowledgeBase(ParseResult parse) => _knowledgeBase ??= DatasetLoader.Load(parse.GetValue(Data));

    private static bool Disabled(IDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value);

    private static bool Is(IDictionary<string, string?> environment, string name, string expected) =>
        environment.TryGetValue(name, out var value) && string.Equals(value, expected, StringComparison.Ordinal);
}
