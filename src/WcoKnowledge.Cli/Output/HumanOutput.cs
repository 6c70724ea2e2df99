using System.Globalization;
using System.IO;

namespace WcoKnowledge.Cli.Output;

/// <summary>
/// Writes what people read: plain text laid out for 80 columns (<see cref="TextLayout"/>), coloured by
/// <see cref="Style"/> only when that is on. Every human-readable view of the tool is here; commands decide what
/// to show, this class decides how it looks.
/// </summary>
/// <remarks>
/// This file holds the layout every view shares (fields, wrapped text, status marks); the views are in the other
/// parts: the overview (<c>HumanOutput.Overview.cs</c>), the facts (<c>HumanOutput.Facts.cs</c>), one item or source
/// (<c>HumanOutput.Show.cs</c>), and the lists of kinds, items, search hits and sources (<c>HumanOutput.Lists.cs</c>).
/// </remarks>
internal sealed partial class HumanOutput(TextWriter output, Style style)
{
    private const string Indent = "  ";

    // Where field values start: after a 2-space indent and a label of up to 14 characters.
    private const int ValueColumn = 17;

    private const int DateWidth = 10;

    public void Line(string text = "") => output.Write(text + "\n");

    // A title, wrapped when it is long, in bold.
    private void Heading(string text)
    {
        foreach (var line in TextLayout.Wrap(text, string.Empty))
        {
            Line(style.Heading(line));
        }
    }

    public void Hint(string text)
    {
        foreach (var line in TextLayout.Wrap(text, Indent, string.Empty))
        {
            Line(style.Dim(line));
        }
    }

    // A label column and the value wrapped beside it; `plain` is the unstyled value when `value` carries colour.
    private void Field(string label, string value, string? plain = null)
    {
        var lead = Indent + label.PadRight(ValueColumn - Indent.Length - 1) + " ";
        if (plain is not null)
        {
            Line(lead + value);
            return;
        }

        foreach (var line in TextLayout.Wrap(value, new string(' ', ValueColumn), lead))
        {
            Line(line);
        }
    }

    // A dimmed remark under a field, wrapped in the value column.
    private void Note(string text)
    {
        foreach (var line in TextLayout.Wrap(text, new string(' ', ValueColumn)))
        {
            Line(style.Dim(line));
        }
    }

    private void Wrapped(string text, string indent)
    {
        foreach (var line in TextLayout.Wrap(text, indent))
        {
            Line(line);
        }
    }

    private static string Figure(DatedFigure figure) =>
        figure.Status == FactStatus.Confirmed ? figure.ToString() : $"{figure} [{DatasetWords.Word(figure.Status)}]";

    private string StatusWord(FactStatus status) => status is FactStatus.Inferred or FactStatus.Unconfirmed
        ? style.Warn(DatasetWords.Word(status))
        : DatasetWords.Word(status);

    private static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";

    private static string Mark(FactStatus status) => status == FactStatus.Confirmed ? string.Empty : $" [{DatasetWords.Word(status)}]";
}
