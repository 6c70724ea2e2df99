using System;
using System.Collections.Generic;
using System.Text;

namespace WcoKnowledge.Cli.Output;

/// <summary>Lays plain text out for an 80-column terminal: word wrapping, truncation, padding.</summary>
internal static class TextLayout
{
    /// <summary>The width human output is laid out for.</summary>
    public const int Width = 80;

    /// <summary>Word-wraps <paramref name="text"/> so that each line, indent included, fits <see cref="Width"/>; a word longer than a line (a URL) gets a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, string indent, string? firstIndent = null)
    {
        var lines = new List<string>();
        var line = new StringBuilder(firstIndent ?? indent);
        var lineIndent = line.Length;
        foreach (var word in text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > lineIndent && line.Length + 1 + word.Length > Width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(indent);
                lineIndent = indent.Length;
            }

            if (line.Length > lineIndent)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="length"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int length) => text.Length <= length || length < 2
        ? text
        : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");
}
