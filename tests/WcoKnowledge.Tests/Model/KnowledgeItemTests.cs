using System;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>What every item shares: Kind matches the item's type, ToString, and the status-note rule of the data.</summary>
public class KnowledgeItemTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Theory]
    [InlineData(typeof(Organization), KnowledgeKind.Organization)]
    [InlineData(typeof(CoreValue), KnowledgeKind.Value)]
    [InlineData(typeof(GovernanceBody), KnowledgeKind.GovernanceBody)]
    [InlineData(typeof(StandardTopic), KnowledgeKind.Topic)]
    [InlineData(typeof(StrategyDocument), KnowledgeKind.Strategy)]
    [InlineData(typeof(CustomsRole), KnowledgeKind.Role)]
    [InlineData(typeof(Objective), KnowledgeKind.Objective)]
    [InlineData(typeof(Pillar), KnowledgeKind.Pillar)]
    [InlineData(typeof(Instrument), KnowledgeKind.Instrument)]
    [InlineData(typeof(Region), KnowledgeKind.Region)]
    [InlineData(typeof(SecretaryGeneral), KnowledgeKind.SecretaryGeneral)]
    [InlineData(typeof(StrategicPlan), KnowledgeKind.StrategicPlan)]
    [InlineData(typeof(Member), KnowledgeKind.Member)]
    [InlineData(typeof(Officer), KnowledgeKind.Officer)]
    public void Kind_MatchesTheItemType(Type type, KnowledgeKind kind)
    {
        var items = Kb.GetItems(kind);

        items.Should().NotBeEmpty().And.OnlyContain(i => i.GetType() == type);
    }

    [Fact]
    public void Kind_StatementsAreVisionOrMission()
    {
        Kb.GetItems(KnowledgeKind.Vision).Should().ContainSingle().Which.Should().BeOfType<Statement>();
        Kb.GetItems(KnowledgeKind.Mission).Should().OnlyContain(i => i is Statement);
    }

    [Fact]
    public void ToString_IsIdAndTitle()
    {
        Kb.GetPillar(10).ToString().Should().Be("pillar-integrity (Integrity)");
        Kb.Items.Should().OnlyContain(i => i.ToString() == i.Id + " (" + i.Title + ")");
    }

    [Fact]
    public void StatusNote_IsGivenForEveryItemThatIsNotConfirmed()
    {
        Kb.Items.Should().OnlyContain(
            i => i.Status == FactStatus.Confirmed || !string.IsNullOrWhiteSpace(i.StatusNote),
            "the dataset never presents an uncertain item without saying what is uncertain");
    }
}
