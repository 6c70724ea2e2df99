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
    /// <summary>The environment variable that chooses the language of item titles when <c>--lang</c> is not given.</summary>
    public const string LanguageVariable = "WCO_LANG";

    private readonly string? _languageFromEnvironment;
    private IWcoKnowledgeBase? _knowledgeBase;

    public CliContext(TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment, bool stdoutIsTerminal)
    {
        Out = stdout;
        Error = stderr;
        // An empty WCO_LANG counts as unset, as an empty NO_COLOR does.
        _languageFromEnvironment = environment.TryGetValue(LanguageVariable, out var language) && !string.IsNullOrEmpty(language) ? language : null;
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

    /// <summary>
    /// <c>--lang &lt;tag&gt;</c>: the language of item titles, on the commands that print them (the overview, show, list,
    /// search, facts). Added to each of them rather than recursive, so that a command it would not change refuses it.
    /// </summary>
    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Print item titles in this language (a BCP 47 tag: fr, fr-CA), in English where the dataset has none; "
            + "labels stay English. Default: the WCO_LANG environment variable, else English.",
        HelpName = "tag",
    };

    /// <summary>Human output with item titles in English, for the commands that take no <c>--lang</c>.</summary>
    public HumanOutput Human => HumanIn(LanguageTags.English);

    /// <summary>Human output with item titles in <paramref name="language"/> (from <see cref="Language"/>).</summary>
    public HumanOutput HumanIn(string language) => new(Out, Style, language);

    public bool WantsJson(ParseResult parse) => parse.GetValue(Json);

    /// <summary>
    /// The language of item titles: <c>--lang</c>, else <c>WCO_LANG</c>, else English; a tag as the user gave it, checked
    /// by the library's rule (<see cref="LanguageTags.IsWellFormed(string)"/>). Matching it to a translation is the library's too.
    /// </summary>
    /// <exception cref="CliException">Exit code 2 for a tag that is not well-formed, naming where it came from.</exception>
    public string Language(ParseResult parse)
    {
        if (parse.GetValue(Lang) is { } option)
        {
            return WellFormed(option, "--lang", "Give a BCP 47 tag: letters, then subtags after hyphens, such as fr or fr-CA (not fr_CA).");
        }

        return _languageFromEnvironment is { } variable
            ? WellFormed(variable, $"{LanguageVariable} (environment variable)", $"Set {LanguageVariable} to a BCP 47 tag such as fr or fr-CA (not fr_CA), or unset it; --lang overrides it.")
            : LanguageTags.English;
    }

    private static string WellFormed(string tag, string from, string hint) => LanguageTags.IsWellFormed(tag)
        ? tag
        : throw new CliException(ExitCodes.Usage, $"{from}: '{tag}' is not a language tag.", hint);

    /// <summary>The knowledge base: <c>--data</c>'s file through the validating loader, or the built-in dataset.</summary>
    /// <exception cref="CliException">Exit code 3 for a missing or invalid file.</exception>
    public IWcoKnowledgeBase KnowledgeBase(ParseResult parse) => _knowledgeBase ??= DatasetLoader.Load(parse.GetValue(Data));

    private static bool Disabled(IDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value);

    private static bool Is(IDictionary<string, string?> environment, string name, string expected) =>
        environment.TryGetValue(name, out var value) && string.Equals(value, expected, StringComparison.Ordinal);
}
