using System;
using System.Collections.Generic;

namespace WcoKnowledge.Search;

// Building the index: words, stems, postings and the stemmed phrases, collected while reading the items' texts once.
internal sealed partial class SearchIndex
{
    // The index is built on an application's first search, usually soon after start-up, when every allocation still
    // touches fresh memory. So each text is folded into reused buffers and read as spans, a word already seen is not
    // stemmed again, and (on .NET 9 and later, which look dictionaries up by span) a string is created only for a new
    // word, a new stem or a phrase; netstandard2.0 has no span lookup, so there each lookup makes a string.
    private sealed class Builder
    {
        private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
        private readonly List<string> _stems = new();
        private readonly Dictionary<string, int> _wordStems = new(StringComparer.Ordinal);

        // Postings in the order they were added (so by item), with their stems; each stem's latest posting, where
        // the same item's next word with that stem is merged.
        private readonly List<Posting> _entries = new();
        private readonly List<int> _entryStems = new();
        private readonly List<int> _latestEntry = new();

        private char[] _folded = new char[256];
        private char[] _split = new char[256];
        private char[] _phrase = new char[256];

        /// <summary>
        /// Indexes <paramref name="text"/> as a field of <paramref name="item"/> and returns it as a phrase: its
        /// words' stems without stop words (or the folded text, if it is nothing but stop words), the form phrase
        /// matching and coverage compare a query with.
        /// </summary>
        internal string Add(int item, string text, byte field, int alias)
        {
            if (_folded.Length < text.Length)
            {
                _folded = new char[text.Length];
                _split = new char[text.Length];
                _phrase = new char[text.Length];
            }

            var folded = _folded.AsSpan(0, TextFolding.Fold(text.AsSpan(), _folded, splitHyphens: false));
            var phraseLength = 0;
            for (var rest = folded; rest.Length > 0;)
            {
                var word = NextWord(ref rest);
                var stemId = AddWord(item, word, field, alias);
                if (!StopWords.Contains(word))
                {
                    if (phraseLength > 0)
                    {
                        _phrase[phraseLength++] = ' ';
                    }

                    var stem = _stems[stemId];
                    stem.CopyTo(0, _phrase, phraseLength, stem.Length);
                    phraseLength += stem.Length;
                }
            }

            // Hyphenated words also under their parts ("co-operation" as "co" and "operation", besides
            // "cooperation"); a text without hyphens or apostrophes folds the same both ways.
            var split = _split.AsSpan(0, TextFolding.Fold(text.AsSpan(), _split, splitHyphens: true));
            if (!split.SequenceEqual(folded))
            {
                for (var rest = split; rest.Length > 0;)
                {
                    AddWord(item, NextWord(ref rest), field, alias);
                }
            }

            return phraseLength > 0 ? new string(_phrase, 0, phraseLength) : folded.ToString();
        }

        internal (TermTable Stems, Posting[][] Postings, string[] Words, int[] WordStem) Build()
        {
            // Each stem's postings, in the order they were added: by item.
            var counts = new int[_stems.Count];
            foreach (var stem in _entryStems)
            {
                counts[stem]++;
            }

            var postings = new Posting[_stems.Count][];
            for (var s = 0; s < postings.Length; s++)
            {
                postings[s] = new Posting[counts[s]];
                counts[s] = 0;
            }

            for (var e = 0; e < _entries.Count; e++)
            {
                var stem = _entryStems[e];
                postings[stem][counts[stem]++] = _entries[e];
            }

            var words = new string[_wordStems.Count];
            _wordStems.Keys.CopyTo(words, 0);
            Array.Sort(words, StringComparer.Ordinal);
            var wordStem = new int[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                wordStem[w] = _wordStems[words[w]];
            }

            return (new TermTable(_stemIds), postings, words, wordStem);
        }

        // The first word of a folded text (words are separated by single spaces), and the text after it.
        private static ReadOnlySpan<char> NextWord(ref Span<char> rest)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest.Slice(0, space);
            rest = space < 0 ? Span<char>.Empty : rest.Slice(space + 1);
            return word;
        }

        private int AddWord(int item, ReadOnlySpan<char> word, byte field, int alias)
        {
            var stemId = StemId(word);
            var latest = _latestEntry[stemId];
            if (latest >= 0 && _entries[latest].Item == item)
            {
                // Items are added in order, so an item's posting for this stem is always the stem's latest one.
                var p = _entries[latest];
                _entries[latest] = new Posting(item, (byte)(p.Fields | field), p.Alias >= 0 || alias < 0 ? p.Alias : (short)alias);
            }
            else
            {
                _latestEntry[stemId] = _entries.Count;
                _entries.Add(new Posting(item, field, (short)alias));
                _entryStems.Add(stemId);
            }

            return stemId;
        }

        // The stem id of a word: remembered for a word seen before, else stemmed and, for a new stem, numbered.
        private int StemId(ReadOnlySpan<char> word)
        {
            if (TryGet(_wordStems, word, out var known))
            {
                return known;
            }

            Span<char> chars = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
            word.CopyTo(chars);
            var stem = chars.Slice(0, EnglishStemmer.Stem(chars));
            if (!TryGet(_stemIds, stem, out var stemId))
            {
                stemId = NewStem(stem.ToString());
            }

            _wordStems[word.ToString()] = stemId;
            return stemId;
        }

        // A lookup by span: .NET 9 and later look a span up as it is; netstandard2.0 needs a string for each lookup.
        private static bool TryGet(Dictionary<string, int> map, ReadOnlySpan<char> key, out int value) =>
#if NET9_0_OR_GREATER
            map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
            map.TryGetValue(key.ToString(), out value);
#endif

        private int NewStem(string stem)
        {
            var stemId = _stems.Count;
            _stemIds[stem] = stemId;
            _stems.Add(stem);
            _latestEntry.Add(-1);
            return stemId;
        }
    }
}
