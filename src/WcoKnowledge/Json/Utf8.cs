namespace WcoKnowledge.Json;

/// <summary>Strict UTF-8 decoding of one scalar value at a time, for <see cref="JsonTokenizer"/>.</summary>
internal static class Utf8
{
    /// <summary>
    /// Decodes the multi-byte sequence starting at <paramref name="at"/> (whose lead byte is 0x80 or more) and ending
    /// before <paramref name="end"/>. Returns its length in bytes, or 0 if it is not well-formed UTF-8: a stray
    /// continuation byte, a truncated sequence, an overlong form, an encoded UTF-16 surrogate or a value past U+10FFFF.
    /// </summary>
    internal static int DecodeScalar(System.ReadOnlySpan<byte> bytes, int at, int end, out int scalar)
    {
        var lead = bytes[at];
        int length, min;
        if (lead is >= 0xC2 and <= 0xDF)
        {
            (scalar, length, min) = (lead & 0x1F, 2, 0x80);
        }
        else if (lead is >= 0xE0 and <= 0xEF)
        {
            (scalar, length, min) = (lead & 0x0F, 3, 0x800);
        }
        else if (lead is >= 0xF0 and <= 0xF4)
        {
            (scalar, length, min) = (lead & 0x07, 4, 0x10000);
        }
        else
        {
            // A continuation byte, C0 or C1 (always overlong), or F5 and above.
            scalar = 0;
            return 0;
        }

        if (at + length > end)
        {
            return 0;
        }

        for (var k = 1; k < length; k++)
        {
            var next = bytes[at + k];
            if ((next & 0xC0) != 0x80)
            {
                return 0;
            }

            scalar = (scalar << 6) | (next & 0x3F);
        }

        return scalar < min || scalar > 0x10FFFF || scalar is >= 0xD800 and <= 0xDFFF ? 0 : length;
    }

    /// <summary>Writes <paramref name="scalar"/> as one or two UTF-16 units at <paramref name="n"/>; returns the new count.</summary>
    internal static int AppendUtf16(int scalar, char[] chars, int n)
    {
        if (scalar < 0x10000)
        {
            chars[n] = (char)scalar;
            return n + 1;
        }

        scalar -= 0x10000;
        chars[n] = (char)(0xD800 + (scalar >> 10));
        chars[n + 1] = (char)(0xDC00 + (scalar & 0x3FF));
        return n + 2;
    }
}
