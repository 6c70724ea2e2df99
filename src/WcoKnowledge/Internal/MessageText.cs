namespace WcoKnowledge;

/// <summary>Keeps exception and validation messages readable when they quote a value a caller or a file supplied.</summary>
internal static class MessageText
{
    /// <summary>
    /// The text itself when it is at most <paramref name="max"/> characters long; otherwise its start and end around a
    /// note of how much was left out, so that a hostile megabyte value cannot make a megabyte message.
    /// </summary>
    internal static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = (max - 40) / 2;
        return string.Concat(text.Substring(0, keep), $" … [{text.Length - (2 * keep)} characters left out] … ", text.Substring(text.Length - keep));
    }
}
