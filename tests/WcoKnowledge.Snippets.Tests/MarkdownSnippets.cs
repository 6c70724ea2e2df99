using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace WcoKnowledge.Snippets.Tests;

/// <summary>One fenced code block of a Markdown file.</summary>
/// <param name="File">The file's repository path, e.g. <c>docs/api.md</c>.</param>
/// <param name="FenceLine">The 1-based line of the opening fence.</param>
/// <param name="Language">The fence's info word, lower case; empty when the fence names none.</param>
/// <param name="Code">The lines between the fences.</param>
internal sealed record FencedBlock(string File, int FenceLine, string Language, string Code)
{
    /// <summary>The name of the test case: file and line, e.g. <c>README.md:23</c>.</summary>
    public string Location => File + ":" + FenceLine.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the block is C# and so must compile (csharp, cs or c#).</summary>
    public bool IsCSharp => Language is "csharp" or "cs" or "c#";
}

/// <summary>Finds the fenced code blocks of the documentation copied next to the tests (see the project file).</summary>
internal static partial class MarkdownSnippets
{
    /// <summary>Where the build copies the Markdown files, under their repository paths.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Markdown");

    /// <summary>Every Markdown file, by repository path with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Files()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every fenced block of every file.</summary>
    public static IReadOnlyList<FencedBlock> All() => Files().SelectMany(Blocks).ToList();

    /// <summary>Every C# block of every file, by location.</summary>
    public static IReadOnlyDictionary<string, FencedBlock> CSharp() => All().Where(b => b.IsCSharp).ToDictionary(b => b.Location, StringComparer.Ordinal);

    /// <summary>The fenced blocks of one file (a repository path).</summary>
    public static IEnumerable<FencedBlock> Blocks(string file)
    {
        var lines = File.ReadAllText(Path.Combine(Root, file)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = OpeningFence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && !IsClosing(lines[i], fence); i++)
            {
                code.Add(lines[i]);
            }

            yield return new FencedBlock(file, start + 1, open.Groups["lang"].Value.ToLowerInvariant(), string.Join("\n", code));
        }
    }

    // A closing fence: the same character, at least as many of them, and nothing else but spaces.
    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    // Up to three spaces of indentation, three or more backticks or tildes, then an optional info word.
    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})\s*(?<lang>[^\s`{]*)")]
    private static partial Regex OpeningFence();
}
