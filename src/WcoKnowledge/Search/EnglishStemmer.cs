using System;

namespace WcoKnowledge.Search;

/// <summary>
/// A deliberately small English stemmer: it strips one common inflectional or derivational suffix and a
/// final "e", so that managing, managed, management and manage share the stem "manag"; revenues and revenue
/// share "revenu"; harmonized, harmonised and harmonization share "harmon". It only has to be consistent between the index and the query, not linguistic.
/// </summary>
internal static class EnglishStemmer
{
    private const int MinStem = 3;

    // Longest first, so that "ations" wins over "s". "ies"/"ied" become "y".
    private static readonly string[] _suffixes =
    {
        "izations", "isations", "ization", "isation", "ations", "izing", "ising", "ating", "ation", "ments",
        "ized", "ised", "izes", "ises", "ment", "ates", "ated", "ings", "ions", "ize", "ise", "ing", "ies", "ied",
        "ate", "ion", "ed", "s",
    };

    /// <summary>Stems the lowercase word in <paramref name="word"/> in place; returns the stem's length.</summary>
    internal static int Stem(Span<char> word)
    {
        var length = word.Length;
        if (length <= MinStem || !IsAsciiLetters(word))
        {
            return length; // acronyms (HS, AEO), numbers and non-Latin words stay as they are
        }

        if (word.SequenceEqual("goods".AsSpan()))
        {
            return length; // "goods" (merchandise) is not the plural of "good" (as in good governance)
        }

        foreach (var suffix in _suffixes)
        {
            if (length - suffix.Length >= MinStem && word.Slice(length - suffix.Length).SequenceEqual(suffix.AsSpan()))
            {
                if (suffix == "s" && word[length - 2] == 's')
                {
                    break; // "business", "access": the s belongs to the word
                }

                length -= suffix.Length;
                if (suffix is "ies" or "ied")
                {
                    word[length++] = 'y';
                }

                break;
            }
        }

        return length > MinStem && word[length - 1] == 'e' ? length - 1 : length;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
