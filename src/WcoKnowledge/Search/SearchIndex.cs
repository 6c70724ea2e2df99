using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace WcoKnowledge.Search;

/// <summary>
/// The full-text index of one knowledge base, built once and then only read, so any number of threads may
/// search it at once. Items' titles, aliases and summaries are folded (<see cref="TextFolding"/>), split
/// into words and stemmed (<see cref="EnglishStemmer"/>); each stem lists the items and fields it occurs in.
/// A query is folded and scored on the stack: it allocates only its result.
/// </summary>
internal sealed partial class SearchIndex
{
    private const int MaxQueryWords = 32;
    private const int MaxStackItems = 1024;
    private const int MaxPrefixExpansions = 64;
    private const float CoverageWeight = 0.08f;
    private const byte TitleBit = 1, AliasBit = 2, SummaryBit = 4, KindBit = 8;

    private static readonly ReadOnlyCollection<SearchHit> _noHits = Array.AsReadOnly(Array.Empty<SearchHit>());

    private readonly IKnowledgeItem[] _items;
    private readonly int[] _tieRank;
    private readonly TermTable _stems;
    private readonly Posting[][] _postings;
    private readonly string[] _words;
    private readonly int[] _wordStem;
    private readonly uint[] _wordLetters;
    private readonly string[][] _phrases;
    private readonly string[] _summaries;

    // Per item, the titles and aliases of its translations, indexed after its aliases (null for an item without any).
    private readonly string[]?[] _translated;
    private readonly float[] _brevity;

    internal SearchIndex(IReadOnlyList<IKnowledgeItem> items)
    {
        _items = new IKnowledgeItem[items.Count];
        var builder = new Builder();
        _phrases = new string[items.Count][];
        _summaries = new string[items.Count];
        _translated = new string[]?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = _items[i] = items[i];
            var translated = _translated[i] = TranslatedNames(item);
            var phrases = _phrases[i] = new string[item.Aliases.Count + 1 + (translated?.Length ?? 0)];
            phrases[0] = builder.Add(i, item.Title, TitleBit, -1);
            _summaries[i] = builder.Add(i, item.Summary, SummaryBit, -1);
            if (KindLabel(item.Kind) is { } label)
            {
                builder.Add(i, label, KindBit, -1);
            }

            for (var a = 0; a < item.Aliases.Count; a++)
            {
                phrases[a + 1] = builder.Add(i, item.Aliases[a], AliasBit, a);
            }

            // A translation's names are searched as aliases are ("Belgique", "Système harmonisé", "OMD"), with the same
            // folding, so a French query finds the item whatever accents it is typed with.
            for (var t = 0; t < (translated?.Length ?? 0); t++)
            {
                var alias = item.Aliases.Count + t;
                phrases[alias + 1] = builder.Add(i, translated![t], AliasBit, alias);
            }
        }

        (_stems, _postings, _words, _wordStem) = builder.Build();
        _wordLetters = new uint[_words.Length];
        for (var w = 0; w < _words.Length; w++)
        {
            _wordLetters[w] = LetterSet(_words[w].AsSpan());
        }

        // Among equal matches, the item with the shorter title is the more specific answer ("Integrity" before
        // "Integrity promotion"); the bonus is too small to outweigh any difference in matched words or fields.
        _brevity = new float[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            _brevity[i] = 0.05f / (2 + WordCount(_phrases[i][0]));
        }

        _tieRank = RankForTies(_items);
    }

    /// <summary>Runs a query; see <see cref="IWcoKnowledgeBase.Search(string, SearchOptions?)"/> for the contract.</summary>
    internal IReadOnlyList<SearchHit> Search(string query, SearchOptions options)
    {
        var text = query.AsSpan(0, Math.Min(query.Length, SearchOptions.MaxQueryLength));
        Span<char> folded = stackalloc char[text.Length];
        folded = folded.Slice(0, TextFolding.Fold(text, folded, splitHyphens: false));
        if (folded.Length == 0)
        {
            return _noHits;
        }

        // Word boundaries of the folded query; words past the cap are ignored.
        Span<int> starts = stackalloc int[MaxQueryWords];
        Span<int> lengths = stackalloc int[MaxQueryWords];
        var wordCount = 0;
        for (var start = 0; start < folded.Length && wordCount < MaxQueryWords;)
        {
            var end = folded.Slice(start).IndexOf(' ');
            var length = end < 0 ? folded.Length - start : end;
            starts[wordCount] = start;
            lengths[wordCount++] = length;
            start += length + 1;
        }

        // Per-item scratch on the stack up to MaxStackItems items (16 KB), so a search allocates only its result; a
        // larger custom dataset gets heap arrays.
        var n = _items.Length;
        var state = new QueryState(
            n <= MaxStackItems ? stackalloc float[n] : new float[n],
            n <= MaxStackItems ? stackalloc float[n] : new float[n],
            n <= MaxStackItems ? stackalloc float[n] : new float[n],
            n <= MaxStackItems ? stackalloc int[n] : new int[n],
            options.Kind);
        Span<char> stem = stackalloc char[folded.Length];

        // A query that ends inside a word may still be being typed: its last word also matches as a prefix.
        var typing = TextFolding.IsWordChar(text[text.Length - 1]);
        var scoredWords = 0;
        for (var w = 0; w < wordCount; w++)
        {
            if (StopWords.Contains(folded.Slice(starts[w], lengths[w])))
            {
                continue;
            }

            scoredWords++;
        }

        var skipStopWords = scoredWords > 0;
        scoredWords = skipStopWords ? scoredWords : wordCount;
        for (var w = 0; w < wordCount; w++)
        {
            var word = folded.Slice(starts[w], lengths[w]);
            if (skipStopWords && StopWords.Contains(word))
            {
                continue;
            }

            state.TokenBest.Clear();
            word.CopyTo(stem);
            var stemId = _stems.Find(stem.Slice(0, EnglishStemmer.Stem(stem.Slice(0, word.Length))));
            var found = stemId >= 0 && Apply(stemId, 1f, ref state);
            if (!found && typing && w == wordCount - 1)
            {
                found = ApplyPrefix(word, ref state);
            }

            if (!found && word.Length >= 5)
            {
                ApplyTypos(word, word.Length >= 9 ? 2 : 1, ref state);
            }

            for (var i = 0; i < n; i++)
            {
                state.Score[i] += state.TokenBest[i];
            }
        }

        // The query as stems, for phrase matching: "Generate revenue" is the alias "Generate revenues".
        // Stop words are left out of it as they are left out of the indexed phrases: "protection of society"
        // and "protecting society" are the same phrase.
        Span<char> stemmed = stackalloc char[folded.Length];
        var stemmedLength = 0;
        for (var w = 0; w < wordCount; w++)
        {
            if (skipStopWords && StopWords.Contains(folded.Slice(starts[w], lengths[w])))
            {
                continue;
            }

            if (stemmedLength > 0)
            {
                stemmed[stemmedLength++] = ' ';
            }

            var target = stemmed.Slice(stemmedLength, lengths[w]);
            folded.Slice(starts[w], lengths[w]).CopyTo(target);
            stemmedLength += EnglishStemmer.Stem(target);
        }

        return Rank(stemmed.Slice(0, stemmedLength), scoredWords, options, ref state);
    }

    // Phrase bonuses, the minimum score, then the top hits by score with deterministic ties.
    private ReadOnlyCollection<SearchHit> Rank(ReadOnlySpan<char> folded, int wordCount, SearchOptions options, ref QueryState state)
    {
        var limit = Math.Min(options.Limit, _items.Length);
        Span<int> top = _items.Length <= 256 ? stackalloc int[limit] : new int[limit];
        var count = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            if (state.Score[i] <= 0)
            {
                continue;
            }

            // Ranked, filtered and reported on the same 4-decimal score, so equal reported scores are true ties.
            var score = Math.Round((state.Score[i] / wordCount) + PhraseBonus(i, folded, wordCount, ref state) + Coverage(i, folded) + _brevity[i], 4);
            state.Score[i] = (float)score;
            if (score < options.MinimumScore)
            {
                continue;
            }

            // Insertion into the sorted top list: better score first, then the tie rank.
            var at = count;
            while (at > 0 && Better(i, top[at - 1], state.Score))
            {
                at--;
            }

            if (at >= limit)
            {
                continue;
            }

            for (var j = Math.Min(count, limit - 1); j > at; j--)
            {
                top[j] = top[j - 1];
            }

            top[at] = i;
            count = Math.Min(count + 1, limit);
        }

        if (count == 0)
        {
            return _noHits;
        }

        var hits = new SearchHit[count];
        for (var h = 0; h < count; h++)
        {
            var i = top[h];
            var item = _items[i];
            var (field, text) = state.Best[i] switch
            {
                < 0 => (SearchField.Title, item.Title),
                0 => (SearchField.Summary, item.Summary),
                var alias when alias <= item.Aliases.Count => (SearchField.Alias, item.Aliases[alias - 1]),
                var alias => (SearchField.Translation, _translated[i]![alias - 1 - item.Aliases.Count]),
            };
            hits[h] = new SearchHit(item, Math.Round(state.Score[i], 4), field, text);
        }

        return Array.AsReadOnly(hits);
    }

    private static string[]? TranslatedNames(IKnowledgeItem item)
    {
        if (item.Translations.Count == 0)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var translation in item.Translations)
        {
            names.Add(translation.Title);
            names.AddRange(translation.Aliases);
        }

        return names.ToArray();
    }

    private bool Better(int a, int b, Span<float> score) => score[a] > score[b] || (score[a] == score[b] && _tieRank[a] < _tieRank[b]);
}
