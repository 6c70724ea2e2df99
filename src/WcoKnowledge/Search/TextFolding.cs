using System;

namespace WcoKnowledge.Search;

/// <summary>
/// Folds text into search words: lowercase, diacritics removed (é → e), full-width forms narrowed,
/// punctuation turned into word breaks. Works on spans so that a query is folded without allocating.
/// </summary>
internal static class TextFolding
{
    // What a char becomes: a letter or digit, JoinMark (dropped, joining its neighbours: "Co-operation" →
    // "cooperation"), or Break (a word boundary). Built once for U+0000–U+024F; other chars are decided
    // by their Unicode category in Fold.
    private const char JoinMark = '\u0001';
    private const char Break = ' ';
    private static readonly char[] _table = BuildTable();

    /// <summary>Folds <paramref name="text"/> into <paramref name="output"/> as words separated by single spaces, with no leading or trailing space.</summary>
    /// <param name="text">Any text; unpaired surrogates, controls and symbols become word breaks.</param>
    /// <param name="output">At least as long as <paramref name="text"/>.</param>
    /// <param name="splitHyphens">True to treat hyphens and apostrophes as word breaks ("co operation") rather than joining ("cooperation").</param>
    /// <returns>The number of chars written.</returns>
    internal static int Fold(ReadOnlySpan<char> text, Span<char> output, bool splitHyphens)
    {
        var length = 0;
        foreach (var raw in text)
        {
            var c = Map(raw);
            if (c == JoinMark)
            {
                if (!splitHyphens)
                {
                    continue;
                }

                c = Break;
            }

            if (c == Break)
            {
                if (length > 0 && output[length - 1] != Break)
                {
                    output[length++] = Break;
                }

                continue;
            }

            output[length++] = c;
        }

        return length > 0 && output[length - 1] == Break ? length - 1 : length;
    }

    /// <summary>Whether a query char ends a word the user may still be typing (a letter or digit after folding).</summary>
    internal static bool IsWordChar(char c)
    {
        var mapped = Map(c);
        return mapped != Break && mapped != JoinMark;
    }

    private static char Map(char c)
    {
        if (c < _table.Length)
        {
            return _table[c];
        }

        if (c is >= '\uFF10' and <= '\uFF19')
        {
            return (char)(c - '\uFF10' + '0'); // full-width digits
        }

        if (c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
        {
            return char.ToLowerInvariant((char)(c - 0xFEE0)); // full-width Latin letters
        }

        if (c is '\u2010' or '\u2011' or '\u2019' or '\u00AD' || c is >= '\u0300' and <= '\u036F')
        {
            return JoinMark; // hyphens, right single quote, combining diacritics (decomposed accents)
        }

        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : Break;
    }

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? (char)c
                : c is >= 'A' and <= 'Z' ? (char)(c + 32)
                : c is '-' or '\'' ? JoinMark
                : Break;
        }

        // Latin-1 Supplement and Latin Extended-A letters, each group folding to the base letter.
        string[] groups =
        {
            "aÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ", "cÇçĆćĈĉĊċČč", "dĎďĐđÐð", "eÈÉÊËèéêëĒēĔĕĖėĘęĚě", "gĜĝĞğĠġĢģ", "hĤĥĦħ",
            "iÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ", "jĴĵ", "kĶķ", "lĹĺĻļĽľĿŀŁł", "nÑñŃńŅņŇňŉ", "oÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒ",
            "rŔŕŖŗŘř", "sŚśŜŝŞşŠšß", "tŢţŤťŦŧ", "uÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔ", "wŴŵ", "yÝýÿŶŷŸ", "zŹźŻżŽž",
            "aÆæ", "oŒœ", "tÞþ",
        };
        foreach (var group in groups)
        {
            for (var i = 1; i < group.Length; i++)
            {
                table[group[i]] = group[0];
            }
        }

        return table;
    }
}
