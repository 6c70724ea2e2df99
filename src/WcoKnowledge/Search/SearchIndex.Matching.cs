using System;

namespace WcoKnowledge.Search;

// How one query word adds to the items' scores: exact stem, type-ahead prefix, or a word within a few typos.
internal sealed partial class SearchIndex
{
    // Field weights: a title match says most about an item, an alias nearly as much, the summary least.
    private const float TitleWeight = 1f, AliasWeight = 1f, KindLabelWeight = 0.9f, SummaryWeight = 0.35f;
    private const float PrefixFactor = 0.8f, OneTypoFactor = 0.6f, TwoTyposFactor = 0.5f;

    private bool Apply(int stemId, float factor, ref QueryState state)
    {
        var any = false;
        foreach (var posting in _postings[stemId])
        {
            var i = posting.Item;
            if (state.Kind is { } kind && _items[i].Kind != kind)
            {
                continue;
            }

            any = true;
            var (weight, best) = (posting.Fields & TitleBit) != 0 ? (TitleWeight, -1)
                : (posting.Fields & AliasBit) != 0 ? (AliasWeight, posting.Alias + 1)
                : (posting.Fields & KindBit) != 0 ? (KindLabelWeight, -1)
                : (SummaryWeight, 0);
            weight *= factor;
            if (weight > state.TokenBest[i])
            {
                state.TokenBest[i] = weight;
            }

            if (weight > state.BestWeight[i])
            {
                state.BestWeight[i] = weight;
                state.Best[i] = best;
            }
        }

        return any;
    }

    private bool ApplyPrefix(ReadOnlySpan<char> prefix, ref QueryState state)
    {
        // Lower bound of the prefix in the ordinally sorted word list, then every word that starts with it.
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_words[mid].AsSpan().SequenceCompareTo(prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var any = false;
        for (var w = lo; w < _words.Length && w < lo + MaxPrefixExpansions && _words[w].AsSpan().StartsWith(prefix); w++)
        {
            any |= Apply(_wordStem[w], PrefixFactor, ref state);
        }

        return any;
    }

    private void ApplyTypos(ReadOnlySpan<char> word, int maxEdits, ref QueryState state)
    {
        var letters = LetterSet(word);
        for (var w = 0; w < _words.Length; w++)
        {
            // A cheap necessary condition first: each edit brings in or removes at most one distinct letter, so
            // words that differ from the query in more than maxEdits letters cannot be within maxEdits edits.
            if (PopCount(letters & ~_wordLetters[w]) > maxEdits || PopCount(_wordLetters[w] & ~letters) > maxEdits)
            {
                continue;
            }

            var distance = EditDistance.Within(word, _words[w].AsSpan(), maxEdits);
            if (distance > 0 && distance <= maxEdits)
            {
                Apply(_wordStem[w], distance == 1 ? OneTypoFactor : TwoTyposFactor, ref state);
            }
        }
    }

    // The set of characters in a word as bits: a-z each their own, anything else folded onto the remaining six.
    // Folding only merges characters, so differences between two sets are never overstated.
    private static uint LetterSet(ReadOnlySpan<char> word)
    {
        var set = 0u;
        foreach (var c in word)
        {
            set |= 1u << (c is >= 'a' and <= 'z' ? c - 'a' : 26 + (c % 6));
        }

        return set;
    }

    private static int PopCount(uint value)
    {
#if NET
        return System.Numerics.BitOperations.PopCount(value);
#else
        var count = 0;
        for (; value != 0; value &= value - 1)
        {
            count++;
        }

        return count;
#endif
    }

    private static int[] RankForTies(IKnowledgeItem[] items)
    {
        // Ties break by kind order, then number (objectives, pillars) or id: stable across runs and platforms.
        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        static int Number(IKnowledgeItem item) => item switch
        {
            Objective o => o.Number,
            Pillar p => p.Number,
            _ => 0,
        };

        Array.Sort(order, (a, b) =>
        {
            var byKind = items[a].Kind.CompareTo(items[b].Kind);
            var byNumber = Number(items[a]).CompareTo(Number(items[b]));
            return byKind != 0 ? byKind : byNumber != 0 ? byNumber : string.CompareOrdinal(items[a].Id, items[b].Id);
        });
        var rank = new int[items.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }

    private readonly struct Posting(int item, byte fields, short alias)
    {
        internal int Item { get; } = item;

        internal byte Fields { get; } = fields;

        internal short Alias { get; } = alias;
    }

    // Per-query scratch space, on the caller's stack: a ref struct so it can hold spans.
    private ref struct QueryState(Span<float> score, Span<float> tokenBest, Span<float> bestWeight, Span<int> best, KnowledgeKind? kind)
    {
        internal Span<float> Score = score;
        internal Span<float> TokenBest = tokenBest;
        internal Span<float> BestWeight = bestWeight;

        // Which field matched best: -1 title, 0 summary, k > 0 alias k - 1.
        internal Span<int> Best = best;
        internal KnowledgeKind? Kind = kind;
    }
}
