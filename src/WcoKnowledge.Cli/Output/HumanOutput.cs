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
/// Item titles are in <c>language</c> (<c>--lang</c>) where the library has a translation, labels and headings in English.
/// </remarks>
internal sealed partial class HumanOutput(TextWriter output, Style style, string language)
{
    // After a title the library gave in English for want of a translation, in lists; FallbackFootnote explains it once.
    private const string FallbackMark = " *";

    private bool _markedFallback;

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

    private void Wrapped(string text, string indent, string? firstIndent = null)
    {
        foreach (var line in TextLayout.Wrap(text, indent, firstIndent ?? indent))
        {
            Line(line);
        }
    }

    // An item's title in the chosen language (the library's answer, with its fallback to English).
    private LocalizedText TitleOf(IKnowledgeItem item) => item.TitleIn(language);

    // " *" when the title is the English one because the library has none in the chosen language; remembered for the footnote.
    private string FallbackMarkOf(LocalizedText title)
    {
        if (!title.IsFallback)
        {
            return string.Empty;
        }

        _markedFallback = true;
        return FallbackMark;
    }

    // An item's title for a list: in the chosen language, marked when it fell back to English.
    private string Title(IKnowledgeItem item)
    {
        var title = TitleOf(item);
        return title.Text + FallbackMarkOf(title);
    }

    // After a view that marked a title: what the mark means, once.
    private void FallbackFootnote()
    {
        if (_markedFallback)
        {
            Line();
            Hint($"* No '{language}' title in the dataset: the English title is shown.");
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
