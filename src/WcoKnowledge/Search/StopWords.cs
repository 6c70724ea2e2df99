using System;

namespace WcoKnowledge.Search;

/// <summary>
/// Words too common to say anything about an item ("database of goods" is about databases and goods). A
/// query's stop words are not scored, unless the query has nothing else; phrase matching still sees them.
/// </summary>
internal static class StopWords
{
    private static readonly string[] _words =
    {
        "a", "an", "and", "are", "as", "at", "by", "de", "des", "du", "et", "for", "from", "in", "is", "la", "le",
        "les", "of", "on", "or", "the", "to", "with",
    };

    internal static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > 4)
        {
            return false;
        }

        foreach (var stop in _words)
        {
            if (word.SequenceEqual(stop.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }
}
