using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    public static TheoryData<string> EveryItemId => new(_kb.Items.Select(item => item.Id));

    [Fact]
    public void Show_Id_PrintsTheItemWithItsDetailsAndEverySource()
    {
        var pillar = _kb.GetPillar(10);
        var result = Wco.Run("show", pillar.Id).ShouldSucceed();

        result.Lines[0].Should().Be(pillar.Title);
        result.Stdout.Should().Contain(pillar.Id).And.Contain("number         10").And.Contain(pillar.Summary[..40]);
        foreach (var source in pillar.Sources)
        {
            result.Stdout.Should().Contain(source.Url).And.Contain(source.Id);
        }
    }

    [Fact]
    public void Show_KindAndNumber_IsTheNumberedItem()
    {
        var byNumber = Wco.Run("show", "pillar", "8").ShouldSucceed();
        var byId = Wco.Run("show", _kb.GetPillar(8).Id).ShouldSucceed();

        byNumber.Stdout.Should().Be(byId.Stdout);
        Wco.Line("show objective 3").ShouldSucceed().Lines[0].Should().Be(_kb.GetObjective(3).Title);
        Wco.Run("show", "building blocks", "2").ShouldSucceed().Lines[0].Should().Be(_kb.GetPillar(2).Title);
    }

    [Fact]
    public void Show_KindAndNumber_ForAnUnnumberedKind_IsThePositionInTheList()
    {
        Wco.Line("show role 2").ShouldSucceed().Lines[0].Should().Be(_kb.Roles[1].Title);
        Wco.Line("show mission 1").ShouldSucceed().Lines[0].Should().Be(_kb.Organization.Missions[0].Title);
    }

    [Fact]
    public void Show_IgnoresTheCaseOfTheId()
    {
        Wco.Line("show PILLAR-INTEGRITY").ShouldSucceed().Stdout.Should().Contain("pillar-integrity");
    }

    [Theory]
    [MemberData(nameof(EveryItemId))]
    public void Show_Json_EveryItem_HasItsIdKindAndFullSources(string id)
    {
        var item = _kb.GetItem(id);
        var json = Wco.Run("show", id, "--json").ShouldSucceed().Json();

        var shown = json.GetProperty("item");
        shown.GetProperty("id").GetString().Should().Be(id);
        shown.GetProperty("title").GetString().Should().Be(item.Title);
        shown.GetProperty("summary").GetString().Should().Be(item.Summary);
        shown.GetProperty("status").GetString().Should().Be(item.Status.ToString().ToLowerInvariant());
        shown.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal(item.Aliases);
        shown.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal(item.Sources.Select(s => s.Id));
        var sources = json.GetProperty("sources").EnumerateArray().ToList();
        sources.Select(s => s.GetProperty("id").GetString()).Should().Equal(item.Sources.Select(s => s.Id));
        sources.Select(s => s.GetProperty("url").GetString()).Should().Equal(item.Sources.Select(s => s.Url));
    }

    [Fact]
    public void Show_Json_HasTheKindsOwnMembers()
    {
        var pillar = Wco.Line("show pillar 8 --json").ShouldSucceed().Json().GetProperty("item");
        pillar.GetProperty("kind").GetString().Should().Be("pillar");
        pillar.GetProperty("number").GetInt32().Should().Be(8);

        var objective = Wco.Line("show objective 2 --json").ShouldSucceed().Json().GetProperty("item");
        objective.GetProperty("number").GetInt32().Should().Be(2);
        objective.GetProperty("planEdition").GetString().Should().Be(_kb.GetObjective(2).PlanEdition);
        objective.GetProperty("planEditionStatus").GetString().Should().Be("inferred");

        var strategy = Wco.Run("show", _kb.CustomsIn21stCentury.Id, "--json").ShouldSucceed().Json().GetProperty("item");
        strategy.GetProperty("adopted").GetString().Should().Be(_kb.CustomsIn21stCentury.Adopted.ToString());

        var body = Wco.Line("show body-council --json").ShouldSucceed().Json().GetProperty("item");
        body.GetProperty("kind").GetString().Should().Be("governanceBody");
    }

    [Fact]
    public void Show_SourceId_PrintsTheSourceAndTheItemsCitingIt()
    {
        var source = _kb.GetSource("src-wco-history");
        var citing = _kb.Items.Where(item => item.Sources.Contains(source)).Select(item => item.Id).ToList();

        var human = Wco.Line("show src-wco-history").ShouldSucceed();
        human.Stdout.Should().Contain(source.Url);
        citing.Should().NotBeEmpty().And.OnlyContain(id => human.Stdout.Contains(id));

        var json = Wco.Line("show src-wco-history --json").ShouldSucceed().Json();
        json.GetProperty("source").GetProperty("url").GetString().Should().Be(source.Url);
        json.GetProperty("citedBy").EnumerateArray().Select(e => e.GetString()).Should().Equal(citing);
    }

    [Theory]
    [InlineData("pilar-integrty")]
    [InlineData("pillar-integrity-x")]
    [InlineData("kyoto-convention")]
    public void Show_UnknownId_Exits1AndListsTheThreeClosestMatches(string id)
    {
        var expected = _kb.Search(id.Replace('-', ' '), new SearchOptions { Limit = 3 });
        var result = Wco.Run("show", id).ShouldFail(1);

        result.Stderr.Should().Contain($"No item or source has the id '{id}'").And.Contain("Closest matches:");
        expected.Should().NotBeEmpty();
        var listed = result.Stderr.Split('\n').SkipWhile(line => line != "Closest matches:").Skip(1).TakeWhile(line => line.StartsWith("  ", System.StringComparison.Ordinal));
        listed.Select(line => line.Trim().Split(' ')[0]).Should().Equal(expected.Select(hit => hit.Item.Id));
    }

    [Fact]
    public void Show_UnknownId_WithJson_StillPrintsNothingOnStdout()
    {
        Wco.Line("show nothing-like-this --json").ShouldFail(1);
    }

    [Theory]
    [InlineData("pillar 11", 1)]
    [InlineData("pillar 0", 1)]
    [InlineData("objective 10", 1)]
    [InlineData("role 5", 1)]
    [InlineData("pillar x", 2)]
    [InlineData("pillar -1", 2)]
    [InlineData("planet 3", 2)]
    public void Show_BadKindOrNumber_ExitsWithItsCode(string arguments, int exitCode)
    {
        Wco.Run(["show", .. arguments.Split(' ')]).ShouldFail(exitCode);
    }

    [Fact]
    public void Show_MissingNumber_SaysHowTheKindIsNumbered()
    {
        Wco.Line("show pillar 11").Stderr.Should().Contain("No pillar has the number 11").And.Contain("1 to 10");
    }

    [Theory]
    [InlineData("show")]
    [InlineData("show a b c")]
    public void Show_WrongNumberOfArguments_IsAUsageError(string commandLine)
    {
        Wco.Line(commandLine).ShouldFail(2).Stderr.Should().Contain("wco show --help");
    }
}
