namespace WcoKnowledge.Cli.Output;

/// <summary>
/// ANSI colour for human output, or none. Colour is on only when stdout is a terminal and <c>NO_COLOR</c> is
/// unset or empty (https://no-color.org); JSON, exports and stderr are never coloured. Styles wrap text that
/// has already been laid out, so escape codes never count towards the 80-column width.
/// </summary>
internal sealed class Style
{
    private const string Reset = "\u001b[0m";

    public Style(bool colour) => Colour = colour;

    public static Style None { get; } = new(false);

    public bool Colour { get; }

    /// <summary>Headings and titles.</summary>
    public string Heading(string text) => Paint("\u001b[1m", text);

    /// <summary>Stable ids, which users copy into the next command.</summary>
    public string Id(string text) => Paint("\u001b[36m", text);

    /// <summary>Secondary text: notes, URLs, hints.</summary>
    public string Dim(string text) => Paint("\u001b[2m", text);

    /// <summary>Facts that are only inferred or unconfirmed.</summary>
    public string Warn(string text) => Paint("\u001b[33m", text);

    private string Paint(string code, string text) => Colour && text.Length > 0 ? code + text + Reset : text;
}
