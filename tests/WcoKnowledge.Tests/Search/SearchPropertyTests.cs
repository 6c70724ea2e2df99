using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using Xunit;
using static WcoKnowledge.Tests.Search.SearchTestSupport;

namespace WcoKnowledge.Tests.Search;

/// <summary>Random queries: any text is searched without throwing, and the options are always respected.</summary>
public class SearchPropertyTests
{
    private const long Iterations = 10_000;

    private static readonly string[] _dataWords = TitleAndAliasWords(Kb).ToArray();

    // Pieces of text: letters, words from the data, any UTF-16 unit, lone surrogates, controls,
    // bidirectional and zero-width marks, emoji (surrogate pairs and ZWJ sequences), separators.
    private static readonly Gen<string> _piece = Gen.Frequency(
        (6, (IGen<string>)Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char.Select(c => c.ToString())),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (2, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (2, Gen.OneOf("\u200F", "\u202E", "\u200E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0301")),
        (2, Gen.OneOf("😀", "🛃", "🇪🇺", "👩‍👩‍👧", "\uD83D", "\uDE00", "é", "ß", "İ", "ﬁ", "ＷＣＯ", "中文", "عربى")),
        (3, Gen.OneOf(" ", " ", "-", "'", ".", ",", "–", "\t", "\n")),
        (4, Gen.OneOf(_dataWords)));

    private static readonly Gen<string> _query = Gen.Frequency(
        (30, (IGen<string>)_piece.Array[0, 40].Select(string.Concat)),
        (1, _piece.Array[600, 2500].Select(string.Concat)));

    private static readonly Gen<SearchOptions> _options = Gen.Select(
        Gen.Int[1, 50],
        Gen.Enum<KnowledgeKind>().Nullable(0.5),
        (limit, kind) => new SearchOptions { Limit = limit, Kind = kind });

    [Fact]
    public void Search_AnyText_NeverThrowsAndReturnsAWellFormedList()
    {
        _query.Sample(
            query =>
            {
                var hits = Kb.Search(query);

                hits.Should().NotBeNull();
                hits.Count.Should().BeLessThanOrEqualTo(SearchOptions.Default.Limit);
                hits.Should().NotContain(h => h.Score <= 0 || h.Item == null || h.MatchedText == null);
                for (var i = 1; i < hits.Count; i++)
                {
                    hits[i].Score.Should().BeLessThanOrEqualTo(hits[i - 1].Score);
                }
            },
            iter: Iterations,
            print: Printable);
    }

    [Fact]
    public void Search_AnyTextAndOptions_RespectsLimitKindAndOrder()
    {
        Gen.Select(_query, _options).Sample(
            (query, options) =>
            {
                var hits = Kb.Search(query, options);

                hits.Count.Should().BeLessThanOrEqualTo(options.Limit);
                hits.Should().OnlyHaveUniqueItems(h => h.Item.Id);
                if (options.Kind is { } kind)
                {
                    hits.Should().NotContain(h => h.Kind != kind);
                }

                for (var i = 1; i < hits.Count; i++)
                {
                    hits[i].Score.Should().BeLessThanOrEqualTo(hits[i - 1].Score);
                    if (hits[i].Score == hits[i - 1].Score)
                    {
                        CompareForTies(hits[i - 1].Item, hits[i].Item).Should().BeNegative();
                    }
                }
            },
            iter: Iterations,
            print: t => Printable(t.Item1) + " " + t.Item2);
    }

    [Fact]
    public void Search_VeryLongText_NeverThrows()
    {
        _piece.Array[1000, 6000].Select(string.Concat).Sample(
            query => Kb.Search(query, new SearchOptions { Limit = 50 }).Count.Should().BeLessThanOrEqualTo(50),
            iter: 500,
            print: q => q.Length + " chars: " + Printable(q[..Math.Min(200, q.Length)]));
    }

    [Fact]
    public void Search_WordFromATitleOrAliasInAnyCase_FindsAnItemWithThatWord()
    {
        var word = Gen.Select(Gen.OneOf(_dataWords), Gen.Bool.Array[64], Gen.OneOf("", " ", ".", "  "),
            (w, upper, end) => (Word: w, Query: new string(w.Select((c, i) => upper[i % 64] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()) + end));

        word.Sample(
            t =>
            {
                var hits = Kb.Search(t.Query, new SearchOptions { Limit = Kb.Items.Count });

                hits.Should().Contain(
                    h => h.Item.Title.Contains(t.Word, StringComparison.OrdinalIgnoreCase)
                        || h.Item.Aliases.Any(a => a.Contains(t.Word, StringComparison.OrdinalIgnoreCase)),
                    "'{0}' is a word of a title or alias", t.Query);
            },
            iter: Iterations,
            print: t => Printable(t.Query));
    }

    [Fact]
    public void Search_EveryTitleAndAliasWord_FindsSomething()
    {
        _dataWords.Should().HaveCountGreaterThan(100);
        _dataWords.Where(w => Kb.Search(w).Count == 0).Should().BeEmpty();
        _dataWords.Where(w => Kb.Search(w.ToUpperInvariant() + " ").Count == 0).Should().BeEmpty();
    }

    // Failing samples are printed with every char outside printable ASCII escaped, so a lone surrogate shows.
    private static string Printable(string s) => "\"" + string.Concat(s.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
