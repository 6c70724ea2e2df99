using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>
/// Rules of Data/README.md that the loader does not enforce, checked on the embedded dataset: numbering, citations, aliases.
/// What the loader refuses (ids, texts, dates, enums, order) is tested by mutation in Query/LoadTests*, not re-read here.
/// </summary>
public partial class DatasetIntegrityTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void Items_EachResolvesByIdToTheSameInstance()
    {
        foreach (var item in Kb.Items)
        {
            Kb.GetItem(item.Id).Should().BeSameAs(item, item.Id);
        }
    }

    [Fact]
    public void Objectives_AreNumberedOneToNineWithoutGaps()
    {
        Kb.Objectives.Select(o => o.Number).Should().Equal(Enumerable.Range(1, 9));
        for (var n = 1; n <= 9; n++)
        {
            Kb.GetObjective(n).Number.Should().Be(n);
        }
    }

    [Fact]
    public void Pillars_AreNumberedOneToTenWithoutGaps()
    {
        Kb.Pillars.Select(p => p.Number).Should().Equal(Enumerable.Range(1, 10));
        for (var n = 1; n <= 10; n++)
        {
            Kb.GetPillar(n).Number.Should().Be(n);
        }
    }

    [Fact]
    public void CitedFacts_EachHasAtLeastOneSourceListedInSources()
    {
        var facts = ModelWalk.CitedFacts(Kb).ToList();

        facts.Should().HaveCountGreaterThan(Kb.Items.Count + 20, "items, milestones, figures, convention, headquarters and languages all cite");
        foreach (var (label, sources) in facts)
        {
            sources.Should().NotBeEmpty(label);
            sources.Should().OnlyHaveUniqueItems(s => s.Id, label);
            foreach (var source in sources)
            {
                Kb.GetSource(source.Id).Should().BeSameAs(source, label + " cites " + source.Id);
                Kb.Sources.Should().Contain(s => ReferenceEquals(s, source), label);
            }
        }
    }

    [Fact]
    public void SeedText_NeverTheOnlySourceOfAConfirmedFact()
    {
        var seedOnly = ModelWalk.CitedFacts(Kb)
            .Where(f => f.Sources.All(s => s.Kind == SourceKind.SeedText))
            .Select(f => f.Label)
            .ToList();
        var confirmedItems = Kb.Items.Where(i => i.Status == FactStatus.Confirmed).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var confirmedFigures = ModelWalk.Figures(Kb.Organization).Where(f => f.Figure.Status == FactStatus.Confirmed).Select(f => f.Label);

        seedOnly.Should().Contain("secretariatStaff[0]", "the seed's '>130 staff' is kept, citing only the seed");
        seedOnly.Should().NotIntersectWith(confirmedItems.Concat(confirmedFigures));
    }

    [Fact]
    public void Items_AreGroupedInKnowledgeKindOrder()
    {
        var kinds = Kb.Items.Select(i => (int)i.Kind).ToList();

        kinds.Should().BeInAscendingOrder();
        Kb.Items.Select(i => i.Kind).Distinct().Should().Equal(KnowledgeKinds.All, "the dataset has items of every kind");
    }

    [Fact]
    public void GetItems_EqualsItemsFilteredByKind()
    {
        foreach (var kind in KnowledgeKinds.All)
        {
            var expected = Kb.Items.Where(i => i.Kind == kind).ToList();
            var actual = Kb.GetItems(kind);

            actual.Should().HaveSameCount(expected, kind.ToString());
            actual.Select((item, i) => ReferenceEquals(item, expected[i])).Should().OnlyContain(same => same, kind.ToString());
        }

        KnowledgeKinds.All.Sum(k => Kb.GetItems(k).Count).Should().Be(Kb.Items.Count);
    }

    [Fact]
    public void NumberedLists_FollowTheirNumbersAndMatchGetItems()
    {
        Kb.GetItems(KnowledgeKind.Objective).Take(Kb.Objectives.Count).Should().Equal(Kb.Objectives, ReferenceEquals);
        Kb.GetItems(KnowledgeKind.Objective).Skip(Kb.Objectives.Count).Should().Equal(
            Kb.StrategicPlans.SelectMany(p => p.Objectives).Where(o => !Kb.Objectives.Contains(o)), ReferenceEquals);
        Kb.GetItems(KnowledgeKind.Region).Should().Equal(Kb.Regions, ReferenceEquals);
        Kb.GetItems(KnowledgeKind.Pillar).Should().Equal(Kb.Pillars, ReferenceEquals);
        Kb.GetItems(KnowledgeKind.Role).Should().Equal(Kb.Roles, ReferenceEquals);
        Kb.GetItems(KnowledgeKind.Topic).Should().Equal(Kb.Organization.Topics, ReferenceEquals);
    }

    [Fact]
    public void Aliases_AreUniqueAcrossItemsAndTitlesIgnoringCase()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Kb.Items)
        {
            item.Aliases.Should().OnlyHaveUniqueItems(a => a.ToUpperInvariant(), item.Id);
            foreach (var name in item.Aliases.Append(item.Title))
            {
                if (!owners.TryGetValue(name, out var ids))
                {
                    owners[name] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(item.Id);
            }
        }

        owners.Where(kv => kv.Value.Count > 1).Select(kv => kv.Key + " -> " + string.Join(", ", kv.Value))
            .Should().BeEmpty("a name people type must lead to one item");
    }
}
