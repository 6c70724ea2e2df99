using System;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

// The lookups 3.0 made even: regions by number, objectives by plan, relations with a Try form, not-found messages
// without an exception, and one behaviour for an item of another knowledge base.
public partial class WcoKnowledgeBaseTests
{
    [Fact]
    public void GetRegion_ByNumber()
    {
        Kb.GetRegion(1).Should().BeSameAs(Kb.Regions[0]);
        Kb.GetRegion(6).Should().BeSameAs(Kb.Regions[5]);
        Kb.TryGetRegion(7, out var none).Should().BeFalse();
        none.Should().BeNull();
        var e = ((Func<Region>)(() => Kb.GetRegion(7))).Should().Throw<KnowledgeItemNotFoundException>().Which;
        e.Message.Should().Be(Kb.ExplainNotFound(KnowledgeKind.Region, 7)).And.Contain("valid numbers are 1 to 6");
        e.Kind.Should().Be(KnowledgeKind.Region);
    }

    [Fact]
    public void GetObjective_ByPlanAndNumber()
    {
        var plan = Kb.GetItem<StrategicPlan>("plan-2019-2022");

        Kb.GetObjective(plan, 1).Should().BeSameAs(plan.Objectives[0]);
        Kb.GetObjective(plan, 1).Plan.Should().BeSameAs(plan);
        Kb.TryGetObjective(plan, 99, out var none).Should().BeFalse();
        none.Should().BeNull();
        ((Func<Objective>)(() => Kb.GetObjective(plan, 99))).Should().Throw<KnowledgeItemNotFoundException>()
            .WithMessage("*has no objective number 99*");
        Kb.GetObjective(1).Plan.Id.Should().NotBe(plan.Id, "the nine top-level objectives belong to the 2011/2012 edition");
    }

    [Fact]
    public void TryGetRelations_MatchesGetRelations()
    {
        Kb.TryGetRelations("instrument-hs-convention", out var relations).Should().BeTrue();
        relations.Should().BeSameAs(Kb.GetRelations("instrument-hs-convention")).And.NotBeEmpty();
        Kb.TryGetRelations("role-trade-statistics", out var some).Should().BeTrue();
        some.Should().NotBeNull();
        Kb.TryGetRelations("no-such-item", out var none).Should().BeFalse();
        none.Should().BeNull();
        ((Func<bool>)(() => Kb.TryGetRelations(null!, out _))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ExplainNotFound_IsTheThrowingLookupsMessage()
    {
        Kb.ExplainNotFound("pillar-nothing").Should().Be(((Func<object>)(() => Kb.GetItem("pillar-nothing"))).Should().Throw<KnowledgeItemNotFoundException>().Which.Message);
        Kb.ExplainNotFound(KnowledgeKind.Pillar, 11).Should().Be(((Func<object>)(() => Kb.GetPillar(11))).Should().Throw<KnowledgeItemNotFoundException>().Which.Message);
        Kb.ExplainNotFound(KnowledgeKind.Objective, 0).Should().Be(((Func<object>)(() => Kb.GetObjective(0))).Should().Throw<KnowledgeItemNotFoundException>().Which.Message);
        Kb.ExplainMemberNotFound("TW").Should().Be(((Func<object>)(() => Kb.GetMember("TW"))).Should().Throw<KnowledgeItemNotFoundException>().Which.Message);
        ((Func<string>)(() => Kb.ExplainNotFound(KnowledgeKind.Member, 1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AnItemOfAnotherKnowledgeBase_IsRefusedEverywhere()
    {
        var other = TestDataset.Load(TestDataset.ReadBytes());
        var region = other.GetRegion(1);
        var plan = other.StrategicPlans[2];

        ((Func<object>)(() => Kb.GetMembers(region))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("region");
        ((Func<object>)(() => Kb.GetObjective(plan, 1))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("plan");
        ((Func<bool>)(() => Kb.TryGetObjective(plan, 1, out _))).Should().Throw<ArgumentException>();
        other.GetMembers(region).Should().NotBeEmpty("the same region in its own knowledge base");
    }
}
