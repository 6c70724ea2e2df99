using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class ListCommandTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    public static TheoryData<KnowledgeKind> EveryKind => new(KnowledgeKinds.All);

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void List_EveryKind_ListsItsItemsInOrder(KnowledgeKind kind)
    {
        var expected = _kb.GetItems(kind).Select(item => item.Id).ToList();

        var json = Wco.Run("list", KnowledgeKinds.DisplayName(kind), "--json").ShouldSucceed().Json();
        json.GetProperty("items").GetArrayLength().Should().Be(expected.Count);
        Wco.Ids(json.GetProperty("items")).Should().Equal(expected);
        json.GetProperty("kind").GetString().Should().Be(KnowledgeKinds.Word(kind));
        Library.Compact(json.GetProperty("items")).Should().Be(Library.Json(_kb.GetItems(kind)));

        var human = Wco.Run("list", KnowledgeKinds.DisplayName(kind)).ShouldSucceed();
        expected.Should().OnlyContain(id => human.Lines.Any(line => line.Trim() == id));
    }

    [Theory]
    [InlineData("pillars", KnowledgeKind.Pillar)]
    [InlineData("Building Blocks", KnowledgeKind.Pillar)]
    [InlineData("principles", KnowledgeKind.Value)]
    [InlineData("bodies", KnowledgeKind.GovernanceBody)]
    [InlineData("governance bodies", KnowledgeKind.GovernanceBody)]
    [InlineData("governanceBody", KnowledgeKind.GovernanceBody)]
    [InlineData("OBJECTIVES", KnowledgeKind.Objective)]
    [InlineData("organisation", KnowledgeKind.Organization)]
    public void List_AcceptsWhatKnowledgeKindsTryParseAccepts_AndTheJsonKindWord(string name, KnowledgeKind kind)
    {
        Wco.Ids(Wco.Run("list", name, "--json").ShouldSucceed().Json().GetProperty("items"))
            .Should().Equal(_kb.GetItems(kind).Select(item => item.Id));
    }

    [Fact]
    public void List_Pillars_NumbersThemOneToTen()
    {
        var result = Wco.Line("list pillars").ShouldSucceed();

        result.Lines[0].Should().Be("Building blocks of Customs in the 21st Century (10)");
        for (var n = 1; n <= 10; n++)
        {
            result.Stdout.Should().Contain($"{n,4}. {_kb.GetPillar(n).Title}");
        }
    }

    [Fact]
    public void List_Objectives_GroupsThemUnderTheirPlans()
    {
        var result = Wco.Line("list objectives").ShouldSucceed();
        var plans = _kb.StrategicPlans.Where(plan => plan.Objectives.Count > 0).ToList();

        var headings = result.Lines.Where(line => line.StartsWith("  WCO Strategic Plan", System.StringComparison.Ordinal)).ToList();
        headings.Should().Equal(plans.Select(plan => $"  {plan.Title} ({plan.Id})"));
        result.Stdout.Should().Contain("  WCO Strategic Plan 2022–2025 (plan-2022-2025)\n   1. Trade facilitation (Strategic Plan 2022–2025)\n      objective-2022-trade-facilitation\n");
        Wco.Line("list pillars").ShouldSucceed().Stdout.Should().NotContain("Strategic Plan", "only objectives are grouped");
    }

    [Theory]
    [InlineData("instruments", "Instruments (13)")]
    [InlineData("regions", "Regions (6)")]
    [InlineData("secretaries general", "Secretaries General (4)")]
    [InlineData("plans", "Strategic plans (6)")]
    public void List_NewKinds_HaveTheirOwnHeadings(string kind, string heading)
    {
        Wco.Run("list", kind).ShouldSucceed().Lines[0].Should().Be(heading);
    }

    [Fact]
    public void List_WithoutKind_ListsTheKindsWithTheirCounts()
    {
        var json = Wco.Line("list --json").ShouldSucceed().Json();
        json.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("count").GetInt32())
            .Should().Equal(KnowledgeKinds.All.Select(kind => _kb.GetItems(kind).Count));

        var width = KnowledgeKinds.All.Max(kind => KnowledgeKinds.DisplayName(kind).Length);
        var human = Wco.Line("list").ShouldSucceed();
        foreach (var kind in KnowledgeKinds.All)
        {
            human.Lines.Should().Contain(line => line.StartsWith($"  {KnowledgeKinds.DisplayName(kind).PadRight(width)} {_kb.GetItems(kind).Count,3}  ", System.StringComparison.Ordinal));
        }

        human.Stdout.Should().Contain("governance body    29").And.Contain("strategic plan      6");
    }

    [Fact]
    public void List_UnknownKind_IsAUsageErrorThatNamesTheKinds()
    {
        var result = Wco.Line("list planets").ShouldFail(2);
        result.Stderr.Should().Contain("'planets' is not a kind");
        KnowledgeKinds.All.Should().OnlyContain(kind => result.Stderr.Contains(KnowledgeKinds.DisplayName(kind)));
    }
}
