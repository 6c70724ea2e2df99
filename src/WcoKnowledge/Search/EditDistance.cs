using System;

namespace WcoKnowledge.Search;

/// <summary>Bounded Levenshtein distance (with adjacent transposition) computed on the stack.</summary>
internal static class EditDistance
{
    internal const int MaxWordLength = 48;

    /// <summary>The edit distance between <paramref name="a"/> and <paramref name="b"/> if it is at most <paramref name="max"/>; otherwise max + 1.</summary>
    internal static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length > MaxWordLength || b.Length > MaxWordLength)
        {
            return max + 1;
        }

        // Three rows of the dynamic-programming table: two back (for transpositions), previous, current.
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, prev2[j - 2] + 1);
                }

                cur[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1; // every path already costs too much
            }

            var recycled = prev2;
            prev2 = prev;
            prev = cur;
            cur = recycled;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}
