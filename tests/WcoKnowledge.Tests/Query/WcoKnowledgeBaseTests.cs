using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>The members of <see cref="WcoKnowledgeBase"/> on known keys. Unknown keys: WcoKnowledgeBaseTests.UnknownKeys.cs.</summary>
public partial class WcoKnowledgeBaseTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void Default_ReturnsTheSameInstanceOnEveryAccess()
    {
        var first = WcoKnowledgeBase.Default;

        first.Should().NotBeNull();
        WcoKnowledgeBase.Default.Should().BeSameAs(first);
    }

    [Fact]
    public void Properties_AreSetAndConsistent()
    {
        Kb.DataVersion.Should().NotBeNullOrWhiteSpace();
        Kb.AsOf.Year.Should().BeGreaterThan(2000);
        Kb.Organization.Kind.Should().Be(KnowledgeKind.Organization);
        Kb.CustomsIn21stCentury.Kind.Should().Be(KnowledgeKind.Strategy);
        Kb.Roles.Should().HaveCount(4).And.OnlyContain(r => r.Kind == KnowledgeKind.Role);
        Kb.Objectives.Should().HaveCount(9).And.OnlyContain(o => o.Kind == KnowledgeKind.Objective);
        Kb.Pillars.Should().HaveCount(10).And.OnlyContain(p => p.Kind == KnowledgeKind.Pillar);
        Kb.Sources.Should().NotBeEmpty().And.OnlyHaveUniqueItems(s => s.Id);
        Kb.Items.Should().HaveCount(115 + 187 + 11, "115 items, the 187 Members of the registry and 11 officers (Adeniyi added in data 1.4.0)");
    }

    [Fact]
    public void Items_ContainsEveryItemThePropertiesExpose()
    {
        var o = Kb.Organization;
        var exposed = new IKnowledgeItem[] { o, o.Vision, Kb.CustomsIn21stCentury }
            .Concat(o.Missions).Concat(o.Values).Concat(o.Governance).Concat(o.Topics)
            .Concat(Kb.Roles).Concat(Kb.StrategicPlans.SelectMany(p => p.Objectives)).Concat(Kb.Pillars)
            .Concat(Kb.Instruments).Concat(Kb.Regions).Concat(Kb.SecretariesGeneral).Concat(Kb.StrategicPlans).Concat(Kb.Members).Concat(Kb.Officers)
            .ToList();

        Kb.Items.Should().HaveSameCount(exposed);
        Kb.Items.Should().OnlyContain(i => exposed.Any(e => ReferenceEquals(e, i)));
        exposed.Should().OnlyContain(e => Kb.Items.Any(i => ReferenceEquals(e, i)));
    }

    [Theory]
    [InlineData(KnowledgeKind.Organization, 1)]
    [InlineData(KnowledgeKind.Vision, 1)]
    [InlineData(KnowledgeKind.Mission, 4)]
    [InlineData(KnowledgeKind.Value, 4)]
    [InlineData(KnowledgeKind.GovernanceBody, 29)]
    [InlineData(KnowledgeKind.Topic, 9)]
    [InlineData(KnowledgeKind.Strategy, 1)]
    [InlineData(KnowledgeKind.Role, 4)]
    [InlineData(KnowledgeKind.Objective, 23)]
    [InlineData(KnowledgeKind.Pillar, 10)]
    [InlineData(KnowledgeKind.Instrument, 13)]
    [InlineData(KnowledgeKind.Region, 6)]
    [InlineData(KnowledgeKind.SecretaryGeneral, 4)]
    [InlineData(KnowledgeKind.Officer, 11)]
    [InlineData(KnowledgeKind.Member, 187)]
    [InlineData(KnowledgeKind.StrategicPlan, 6)]
    public void GetItems_EachKind_ReturnsItsItems(KnowledgeKind kind, int count)
    {
        var items = Kb.GetItems(kind);

        items.Should().HaveCount(count).And.OnlyContain(i => i.Kind == kind);
        Kb.GetItems(kind).Should().BeSameAs(items, "the per-kind lists are built once");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void GetItems_UndefinedKind_ThrowsArgumentOutOfRange(int value)
    {
        Action act = () => Kb.GetItems((KnowledgeKind)value);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void GetObjective_KnownNumber_ReturnsThatObjective(int number)
    {
        var objective = Kb.GetObjective(number);

        objective.Number.Should().Be(number);
        objective.Should().BeSameAs(Kb.Objectives[number - 1]);
        Kb.TryGetObjective(number, out var found).Should().BeTrue();
        found.Should().BeSameAs(objective);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(10)]
    public void GetPillar_KnownNumber_ReturnsThatPillar(int number)
    {
        var pillar = Kb.GetPillar(number);

        pillar.Number.Should().Be(number);
        pillar.Should().BeSameAs(Kb.Pillars[number - 1]);
        Kb.TryGetPillar(number, out var found).Should().BeTrue();
        found.Should().BeSameAs(pillar);
    }

    [Theory]
    [InlineData("organization-wco", KnowledgeKind.Organization)]
    [InlineData("vision-wco", KnowledgeKind.Vision)]
    [InlineData("mission-current", KnowledgeKind.Mission)]
    [InlineData("value-knowledge-based", KnowledgeKind.Value)]
    [InlineData("body-council", KnowledgeKind.GovernanceBody)]
    [InlineData("topic-valuation", KnowledgeKind.Topic)]
    [InlineData("strategy-customs-in-the-21st-century", KnowledgeKind.Strategy)]
    [InlineData("role-trade-statistics", KnowledgeKind.Role)]
    [InlineData("objective-research-and-analysis", KnowledgeKind.Objective)]
    [InlineData("pillar-integrity", KnowledgeKind.Pillar)]
    public void GetItem_KnownId_ReturnsTheItemOfThatKind(string id, KnowledgeKind kind)
    {
        var item = Kb.GetItem(id);

        item.Id.Should().Be(id);
        item.Kind.Should().Be(kind);
        Kb.Items.Should().ContainSingle(i => i.Id == id).Which.Should().BeSameAs(item);
        Kb.TryGetItem(id, out var found).Should().BeTrue();
        found.Should().BeSameAs(item);
    }

    [Fact]
    public void GetItemOfT_MatchingType_ReturnsTypedItem()
    {
        Kb.GetItem<Pillar>("pillar-integrity").Should().BeSameAs(Kb.GetPillar(10));
        Kb.GetItem<Objective>("objective-good-governance").Should().BeSameAs(Kb.GetObjective(9));
        Kb.GetItem<Organization>("organization-wco").Should().BeSameAs(Kb.Organization);
        Kb.GetItem<Statement>("vision-wco").Should().BeSameAs(Kb.Organization.Vision);
        Kb.GetItem<Statement>("mission-current").Should().BeSameAs(Kb.Organization.CurrentMission);
        Kb.GetItem<StrategyDocument>("strategy-customs-in-the-21st-century").Should().BeSameAs(Kb.CustomsIn21stCentury);
        Kb.GetItem<KnowledgeItem>("role-revenue-collection").Should().BeSameAs(Kb.Roles[0]);
        Kb.GetItem<IKnowledgeItem>("topic-integrity").Id.Should().Be("topic-integrity");
    }

    [Fact]
    public void TryGetItemOfT_MatchingType_ReturnsTrueAndTheItem()
    {
        Kb.TryGetItem<CoreValue>("value-technology-and-innovation", out var value).Should().BeTrue();
        value.Should().BeSameAs(Kb.Organization.Values[3]);
        Kb.TryGetItem<GovernanceBody>("body-secretariat", out var body).Should().BeTrue();
        body!.Title.Should().Be("Secretariat");
        Kb.TryGetItem<StandardTopic>("topic-rules-of-origin", out var topic).Should().BeTrue();
        topic!.Kind.Should().Be(KnowledgeKind.Topic);
        Kb.TryGetItem<CustomsRole>("role-protection-of-society", out var role).Should().BeTrue();
        role.Should().BeSameAs(Kb.Roles[1]);
    }

    [Fact]
    public void GetSource_KnownId_ReturnsTheListedInstance()
    {
        foreach (var source in Kb.Sources)
        {
            Kb.GetSource(source.Id).Should().BeSameAs(source);
            Kb.TryGetSource(source.Id, out var found).Should().BeTrue();
            found.Should().BeSameAs(source);
        }

        Kb.GetSource("src-wco-history").Title.Should().Be("History");
    }

    [Fact]
    public void ToString_GivesVersionDateAndCounts()
    {
        var expected = string.Format(CultureInfo.InvariantCulture, "WCO knowledge base {0} (as of {1}, 313 items, {2} sources)", Kb.DataVersion, Kb.AsOf, Kb.Sources.Count);

        Kb.ToString().Should().Be(expected);
    }

    [Fact]
    public void Interface_GivesTheSameAnswersAsTheClass()
    {
#pragma warning disable CA1859 // the point is to call through the interface
        IWcoKnowledgeBase kb = Kb;
#pragma warning restore CA1859

        kb.Items.Should().BeSameAs(Kb.Items);
        kb.GetPillar(3).Should().BeSameAs(Kb.GetPillar(3));
        kb.GetItem<Pillar>("pillar-enabling-powers").Number.Should().Be(7);
        kb.GetSource("src-wco-gnc").Should().BeSameAs(Kb.GetSource("src-wco-gnc"));
    }
}
