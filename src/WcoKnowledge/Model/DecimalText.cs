namespace WcoKnowledge;

/// <summary>
/// Whole numbers as invariant decimal text, written by hand. The runtime's number formatting is culture-aware and,
/// on its first use in a process, cost about 3 ms of one-time set-up and compilation in the measured first answer
/// (a dated figure's text); these few digits do not need any of it.
/// </summary>
internal static class DecimalText
{
    /// <summary>The invariant text of <paramref name="value"/>, as <c>value.ToString(CultureInfo.InvariantCulture)</c> gives it.</summary>
    internal static string Of(int value)
    {
        var chars = new char[11];
        var start = chars.Length;
        var magnitude = value < 0 ? -(long)value : value;
        do
        {
            chars[--start] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude > 0);

        if (value < 0)
        {
            chars[--start] = '-';
        }

        return new string(chars, start, chars.Length - start);
    }

    /// <summary>Writes the last <paramref name="width"/> digits of a non-negative value at <paramref name="at"/>, zero-padded.</summary>
    internal static void WritePadded(char[] chars, int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
