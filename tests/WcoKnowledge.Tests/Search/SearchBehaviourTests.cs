using System.Linq;
using FluentAssertions;
using Xunit;
using static WcoKnowledge.Tests.Search.SearchTestSupport;

namespace WcoKnowledge.Tests.Search;

/// <summary>How queries match: folding, stemming, type-ahead, typos and ranking. Options, input limits and results: SearchBehaviourTests.Options.cs.</summary>
public partial class SearchBehaviourTests
{
    private static readonly SearchOptions _all = new() { Limit = 100 };

    [Theory]
    [InlineData("CBM", "cbm")]
    [InlineData("CBM", "Cbm")]
    [InlineData("World Customs Organization", "wORLD cUSTOMS oRGANIZATION")]
    [InlineData("Integrity", "INTEGRITY")]
    [InlineData("WCO", "ＷＣＯ")] // full-width letters
    public void Search_DifferentCase_GivesTheSameResults(string query, string variant)
    {
        Fingerprint(Kb.Search(variant, _all)).Should().Equal(Fingerprint(Kb.Search(query, _all))).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("Conseil de cooperation douaniere", "Conseil de coopération douanière")]
    [InlineData("Conseil de cooperation douaniere", "CONSEIL DE COOPÉRATION DOUANIÈRE")]
    [InlineData("Conseil de cooperation douaniere", "Conseil de coope\u0301ration douanie\u0300re")] // decomposed accents
    [InlineData("cooperation", "coopération")]
    [InlineData("Organisation mondiale des douanes", "Orgânisation mòndiale dès douânes")]
    public void Search_Diacritics_AreFolded(string plain, string accented)
    {
        Fingerprint(Kb.Search(accented, _all)).Should().Equal(Fingerprint(Kb.Search(plain, _all))).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("cooperation", "Co-operation")]
    [InlineData("cooperation", "co\u2010operation")] // Unicode hyphen
    [InlineData("Customs-Trade Partnership", "CustomsTrade Partnership")]
    [InlineData("knowledge-based", "knowledgebased")]
    [InlineData("CBM", "(CBM)")]
    [InlineData("CBM", "CBM?!")]
    [InlineData("CBM", "  ...CBM...  ")]
    [InlineData("Apply the laws regulations", "Apply the laws, regulations")]
    [InlineData("Customs Partnership Business", "Customs Partnership – Business")]
    public void Search_PunctuationAndHyphens_AreIgnored(string plain, string punctuated)
    {
        Fingerprint(Kb.Search(punctuated, _all)).Should().Equal(Fingerprint(Kb.Search(plain, _all))).And.NotBeEmpty();
    }

    [Fact]
    public void Search_CoOperationWithOrWithoutHyphen_FindsTheCustomsCooperationCouncil()
    {
        Kb.Search("Customs Co-operation Council")[0].Item.Id.Should().Be("organization-wco");
        Kb.Search("Customs Cooperation Council")[0].Item.Id.Should().Be("organization-wco");
        Kb.Search("Co-ordinated border management")[0].Item.Id.Should().Be("pillar-coordinated-border-management");
    }

    [Fact]
    public void Search_PartOfAHyphenatedWord_FindsTheItemThatHasIt()
    {
        // The index holds a hyphenated word both joined and as its parts, so "ordinated" finds "Co-ordinated".
        var top = Kb.Search("ordinated border")[0];
        top.Item.Id.Should().Be("pillar-coordinated-border-management");
        top.MatchedText.Should().Be("Co-ordinated border management");
    }

    [Theory]
    [InlineData("revenue", "revenues")]
    [InlineData("managing risk", "management risk")]
    [InlineData("managing risk", "managed risk")]
    [InlineData("managing risk", "manage risk")]
    [InlineData("building block", "building blocks")]
    [InlineData("protection of society", "protections of society")]
    [InlineData("standard", "standards")]
    public void Search_Inflections_ShareAStem(string query, string inflected)
    {
        Fingerprint(Kb.Search(inflected, _all)).Should().Equal(Fingerprint(Kb.Search(query, _all))).And.NotBeEmpty();
    }

    [Fact]
    public void Search_SingularOfAPluralAlias_FindsTheAliasExactly()
    {
        var top = Kb.Search("Generate revenue")[0];

        top.Item.Id.Should().Be("role-revenue-collection");
        top.Field.Should().Be(SearchField.Alias);
        top.MatchedText.Should().Be("Generate revenues");
    }

    [Fact]
    public void Search_LastWordBeingTyped_MatchesAsAPrefix()
    {
        Ids(Kb.Search("integ")).Should().Contain("pillar-integrity").And.Contain("topic-integrity");
        Kb.Search("globally netw")[0].Item.Id.Should().Be("pillar-globally-networked-customs");
        Kb.Search("Harmon")[0].Item.Id.Should().Be("instrument-hs-convention");
    }

    [Fact]
    public void Search_TrailingSpace_EndsTypingSoNoPrefixMatch()
    {
        Kb.Search("integ ").Should().BeEmpty();
        Kb.Search("globally netw ")[0].Score.Should().BeLessThan(Kb.Search("globally netw")[0].Score);
    }

    [Fact]
    public void Search_PrefixOnEarlierWord_DoesNotMatch()
    {
        // Only the last word can be half-typed: "netw" before "globally" is not a prefix of networked.
        var typedLast = Kb.Search("globally netw")[0];
        var typedFirst = Kb.Search("netw globally")[0];

        typedFirst.Item.Id.Should().Be("pillar-globally-networked-customs");
        typedFirst.Score.Should().BeLessThan(typedLast.Score);
        Ids(Kb.Search("integ globally")).Should().NotContain("topic-integrity").And.Contain("pillar-globally-networked-customs");
    }

    [Fact]
    public void Search_Prefix_ScoresBelowTheWholeWord()
    {
        Kb.Search("integ")[0].Score.Should().BeLessThan(Kb.Search("integrity")[0].Score);
    }

    [Theory]
    [InlineData("kyto")] // 4 letters, one edit from "kyoto": too short for typo tolerance
    [InlineData("Kyto ")]
    [InlineData("intgrty")] // 7 letters, two edits from "integrity": only one allowed below 9 letters
    [InlineData("secrtarieet")] // 11 letters, three edits from "secretariat"
    public void Search_TooManyTyposForTheWordLength_FindsNothing(string query)
    {
        Kb.Search(query).Should().BeEmpty();
    }

    [Theory]
    [InlineData("kyotp", "kyoto", "instrument-kyoto-convention")] // 5 letters, one edit
    [InlineData("intgrity", "integrity", "pillar-integrity")] // 8 letters, one edit
    [InlineData("valuatoin", "valuation", "topic-valuation")] // transposition counts as one edit
    [InlineData("secrtariet", "secretariat", "body-secretariat")] // 10 letters, two edits
    [InlineData("valautoin", "valuation", "topic-valuation")] // 9 letters, two edits
    public void Search_TyposWithinTheAllowance_FindTheItemBelowTheExactScore(string typo, string exact, string id)
    {
        var typoHit = Kb.Search(typo).Should().Contain(h => h.Item.Id == id).Which;
        var exactHit = Kb.Search(exact).Single(h => h.Item.Id == id);

        typoHit.Score.Should().BeLessThan(exactHit.Score);
    }

    [Fact]
    public void Search_TypoHit_RanksBelowAnExactHitInTheSameList()
    {
        // "counsil" is one typo from "council".
        var hits = Kb.Search("counsil", _all);

        hits[0].Item.Id.Should().Be("body-council");
        Kb.Search("council")[0].Score.Should().BeGreaterThan(hits[0].Score);
    }

    [Theory]
    [InlineData("secretariat", "body-secretariat")]
    [InlineData("council", "body-council")]
    [InlineData("building", "pillar-capacity-building")]
    [InlineData("kyoto", "instrument-kyoto-convention")]
    public void Search_TitleOrAliasMatch_OutranksEverySummaryMatch(string word, string expectedTop)
    {
        var hits = Kb.Search(word, _all);
        var lowestTitleOrAlias = hits.Where(h => h.Field != SearchField.Summary).Min(h => h.Score);

        hits[0].Item.Id.Should().Be(expectedTop);
        hits.Should().NotContain(h => h.Field == SearchField.Summary && h.Score >= lowestTitleOrAlias);
    }

    [Fact]
    public void Search_ItemMatchingMoreWords_RanksHigher()
    {
        var hits = Kb.Search("sustainable capacity", _all);

        hits[0].Item.Id.Should().Be("topic-capacity-building"); // both words
        hits.Single(h => h.Item.Id == "pillar-capacity-building").Score.Should().BeLessThan(hits[0].Score); // one word
        hits.Single(h => h.Item.Id == "objective-capacity-building").Score.Should().BeLessThan(hits[0].Score);
    }

    [Theory]
    [InlineData("border management", "management border", "pillar-coordinated-border-management")]
    [InlineData("rules of origin", "origin rules", "topic-rules-of-origin")]
    [InlineData("risk management", "management risk", "pillar-intelligence-driven-risk-management")]
    public void Search_WordsInTheirPhraseOrder_ScoreHigherThanTheSameWordsShuffled(string phrase, string shuffled, string id)
    {
        var inOrder = Kb.Search(phrase, _all).Single(h => h.Item.Id == id);
        var outOfOrder = Kb.Search(shuffled, _all).Single(h => h.Item.Id == id);

        inOrder.Score.Should().BeGreaterThan(outOfOrder.Score);
        Kb.Search(phrase)[0].Item.Id.Should().Be(id);
    }

    [Fact]
    public void Search_WholeTitle_ScoresAboveThePhraseInsideALongerTitle()
    {
        var hits = Kb.Search("Capacity Building", _all);

        hits[0].Item.Id.Should().Be("pillar-capacity-building");
        hits[1].Score.Should().BeLessThan(hits[0].Score);
    }
}
