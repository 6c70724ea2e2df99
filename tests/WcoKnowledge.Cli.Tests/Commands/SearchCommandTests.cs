using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class SearchCommandTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    [Fact]
    public void Search_Json_Kyoto_FindsTheKyotoConventionFirst()
    {
        var json = Wco.Line("search kyoto --json").ShouldSucceed().Json();

        json.GetProperty("query").GetString().Should().Be("kyoto");
        json.GetProperty("limit").GetInt32().Should().Be(10);
        json.GetProperty("kind").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var first = json.GetProperty("hits")[0];
        first.GetProperty("item").GetProperty("id").GetString().Should().Be("instrument-kyoto-convention");
        first.GetProperty("field").GetString().Should().Be("alias");
        first.GetProperty("matchedText").GetString().Should().Contain("Kyoto");
        first.GetProperty("score").GetDouble().Should().BePositive();

        // Every hit is the library's SearchHit object, byte for byte up to layout.
        Library.Compact(json.GetProperty("hits")).Should().Be(Library.Json(_kb.Search("kyoto")));
    }

    [Theory]
    [InlineData("database of goods")]
    [InlineData("integrty")]
    [InlineData("CBM")]
    [InlineData("Co-operation Council")]
    public void Search_GivesTheLibrarysHitsInItsOrder(string query)
    {
        var expected = _kb.Search(query).Select(hit => hit.Item.Id).ToList();

        var json = Wco.Run(["search", .. query.Split(' '), "--json"]).ShouldSucceed().Json();
        json.GetProperty("query").GetString().Should().Be(query);
        Wco.HitIds(json.GetProperty("hits")).Should().Equal(expected);
    }

    [Fact]
    public void Search_Human_ShowsRankTitleIdAndWhy()
    {
        var result = Wco.Line("search database of goods").ShouldSucceed();

        result.Lines[0].Should().Be($"{_kb.Search("database of goods").Count} matches for \"database of goods\"");
        result.Lines[1].Should().Be("   1. Collection of trade statistics");
        result.Lines[2].Should().StartWith("      role-trade-statistics  role, score ");
        result.Lines[3].Should().Be("      matched alias: \"Creating a database of goods\"");
    }

    [Fact]
    public void Search_KindAndLimit_AreTheLibrarysOptions()
    {
        var expected = _kb.Search("risk", new SearchOptions { Kind = KnowledgeKind.Pillar, Limit = 2 }).Select(hit => hit.Item.Id);

        var json = Wco.Line("search risk --kind pillars --limit 2 --json").ShouldSucceed().Json();
        Wco.HitIds(json.GetProperty("hits")).Should().Equal(expected);
        json.GetProperty("kind").GetString().Should().Be("pillar");
        Wco.Line("search customs -k pillar -n 1 --json").ShouldSucceed().Json().GetProperty("hits").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("search kyoto --limit 0")]
    [InlineData("search kyoto --limit many")]
    [InlineData("search kyoto --kind planets")]
    [InlineData("search")]
    public void Search_BadArguments_AreUsageErrors(string commandLine)
    {
        Wco.Line(commandLine).ShouldFail(2);
    }

    [Fact]
    public void Search_NoMatch_Exits1WithAHint()
    {
        Wco.Line("search qqqqxzzz").ShouldFail(1).Stderr.Should().Contain("Nothing matches \"qqqqxzzz\"");
        Wco.Line("search qqqqxzzz --json").ShouldFail(1);
    }

    [Fact]
    public void Search_TextStartingWithAt_IsSearchedNotReadAsAResponseFile()
    {
        Wco.Line("search @kyoto").ExitCode.Should().BeOneOf(0, 1);
    }
}
