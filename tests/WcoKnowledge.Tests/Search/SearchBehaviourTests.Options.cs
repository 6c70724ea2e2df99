using System;
using System.Linq;
using FluentAssertions;
using Xunit;
using static WcoKnowledge.Tests.Search.SearchTestSupport;

namespace WcoKnowledge.Tests.Search;

/// <summary>Ties between equal scores, and the options: limit, kind filter, minimum score.</summary>
public partial class SearchBehaviourTests
{
    [Fact]
    public void Search_EqualScores_BreakTiesByKindOrder()
    {
        // "Sustainable capacity building" (a topic) and "Capacity building support" (an objective) match alike.
        var hits = Kb.Search("capacity", _all);
        var topic = hits.Single(h => h.Item.Id == "topic-capacity-building");
        var objective = hits.Single(h => h.Item.Id == "objective-capacity-building");

        topic.Score.Should().Be(objective.Score);
        Ids(hits).Should().ContainInOrder("topic-capacity-building", "objective-capacity-building");
    }

    [Fact]
    public void Search_EqualScores_BreakTiesByNumberNotId()
    {
        // Building blocks 4, 7 and 9 mention C21 alike; by id they would sort 9 (capacity-), 4 (customs-), 7 (enabling-).
        var hits = Kb.Search("C21", new SearchOptions { Kind = KnowledgeKind.Pillar, Limit = 20 });
        var tied = hits.Where(h => h.Item.Id is "pillar-customs-trade-partnership" or "pillar-enabling-powers" or "pillar-capacity-building").ToList();

        tied.Should().HaveCount(3);
        tied.Select(h => h.Score).Distinct().Should().ContainSingle();
        tied.Select(h => ((Pillar)h.Item).Number).Should().Equal(4, 7, 9);
    }

    [Fact]
    public void Search_EqualScoresWithinAnUnnumberedKind_BreakTiesById()
    {
        var hits = Kb.Search("principles", _all);
        var support = hits.Single(h => h.Item.Id == "value-support-for-members-and-partners");
        var technology = hits.Single(h => h.Item.Id == "value-technology-and-innovation");

        support.Score.Should().Be(technology.Score);
        Ids(hits).Should().ContainInOrder(support.Item.Id, technology.Item.Id);
    }

    [Theory]
    [InlineData("revenues")]
    [InlineData("customs")]
    [InlineData("building")]
    [InlineData("C21")]
    [InlineData("WCO")]
    [InlineData("trade")]
    [InlineData("WCO common technical Mission current governing")] // reported scores tie where the unrounded scores differ
    public void Search_AnyQuery_ScoresNonIncreasingAndTiesInKindNumberIdOrder(string query)
    {
        var hits = Kb.Search(query, _all);

        hits.Should().HaveCountGreaterThan(1);
        for (var i = 1; i < hits.Count; i++)
        {
            hits[i].Score.Should().BeLessThanOrEqualTo(hits[i - 1].Score);
            if (hits[i].Score == hits[i - 1].Score)
            {
                CompareForTies(hits[i - 1].Item, hits[i].Item).Should().BeNegative("{0} and {1} tie", hits[i - 1].Item.Id, hits[i].Item.Id);
            }
        }

        Fingerprint(Kb.Search(query, _all)).Should().Equal(Fingerprint(hits), "the same query twice ranks the same");
    }

    [Fact]
    public void Search_DefaultOptions_ReturnAtMostTenHits()
    {
        SearchOptions.Default.Limit.Should().Be(10);
        Kb.Search("building", _all).Should().HaveCountGreaterThan(10);
        Kb.Search("building").Should().HaveCount(10);
        Kb.Search("building", null).Should().HaveCount(10);
        Fingerprint(Kb.Search("building")).Should().Equal(Fingerprint(Kb.Search("building", _all).Take(10)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(11)]
    public void Search_CustomLimit_ReturnsTheTopThatMany(int limit)
    {
        var hits = Kb.Search("building", new SearchOptions { Limit = limit });

        Fingerprint(hits).Should().Equal(Fingerprint(Kb.Search("building", _all).Take(limit)));
    }

    [Fact]
    public void Search_LimitAboveTheNumberOfItems_ReturnsEveryMatch()
    {
        var hits = Kb.Search("customs", new SearchOptions { Limit = int.MaxValue });

        hits.Should().HaveCountLessThanOrEqualTo(Kb.Items.Count).And.OnlyHaveUniqueItems(h => h.Item.Id);
        Fingerprint(hits).Should().Equal(Fingerprint(Kb.Search("customs", _all)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void SearchOptions_LimitBelowOne_Throws(int limit)
    {
        var act = () => new SearchOptions { Limit = limit };

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Limit");
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void SearchOptions_NegativeOrNaNMinimumScore_Throws(double minimum)
    {
        var act = () => new SearchOptions { MinimumScore = minimum };

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MinimumScore");
    }

    [Theory]
    [InlineData(KnowledgeKind.Pillar)]
    [InlineData(KnowledgeKind.Objective)]
    [InlineData(KnowledgeKind.Topic)]
    [InlineData(KnowledgeKind.Organization)]
    public void Search_KindFilter_ReturnsOnlyThatKindRankedAsUnfiltered(KnowledgeKind kind)
    {
        var filtered = Kb.Search("customs", new SearchOptions { Kind = kind, Limit = 100 });

        filtered.Should().NotBeEmpty().And.OnlyContain(h => h.Kind == kind && h.Item.Kind == kind);
        Fingerprint(filtered).Should().Equal(Fingerprint(Kb.Search("customs", _all).Where(h => h.Kind == kind)));
    }

    [Fact]
    public void Search_KindFilterWithNoMatchOfThatKind_ReturnsEmpty()
    {
        Kb.Search("CBM", new SearchOptions { Kind = KnowledgeKind.Topic }).Should().BeEmpty();
        Kb.Search("CBM", new SearchOptions { Kind = KnowledgeKind.Pillar }).Should().ContainSingle();
    }

    [Fact]
    public void Search_MinimumScore_LeavesOutLowerScores()
    {
        var all = Kb.Search("capacity", _all);
        var strong = Kb.Search("capacity", new SearchOptions { Limit = 100, MinimumScore = 1.0 });

        all.Should().Contain(h => h.Score < 1.0);
        strong.Should().NotBeEmpty().And.OnlyContain(h => h.Score >= 1.0 && h.Field == SearchField.Title);
        strong.Count.Should().BeLessThan(all.Count);
        Fingerprint(strong).Should().Equal(Fingerprint(all.Where(h => h.Score >= 1.0)));
        Kb.Search("capacity", new SearchOptions { MinimumScore = 100 }).Should().BeEmpty();
    }

    [Theory]
    [InlineData("World")]
    [InlineData("capacity")]
    [InlineData("database of goods")]
    public void Search_MinimumScoreEqualToAReportedScore_KeepsThatHit(string query)
    {
        // A caller who sets MinimumScore to a score the library reported expects that hit (score >= minimum).
        foreach (var hit in Kb.Search(query, _all))
        {
            var kept = Kb.Search(query, new SearchOptions { Limit = 100, MinimumScore = hit.Score });

            Ids(kept).Should().Contain(hit.Item.Id, "'{0}' reported {1} with score {2}", query, hit.Item.Id, hit.Score);
        }
    }
}
