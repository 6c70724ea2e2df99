using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>Every list the model exposes is read-only: casting it to IList&lt;T&gt; and mutating it throws NotSupportedException.</summary>
public class CollectionImmutabilityTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    public static TheoryData<string> Collections { get; } = new()
    {
        "Roles", "Objectives", "Pillars", "Sources", "Items",
        "History", "Membership", "SecretariatStaff", "Missions", "Values", "Governance", "Topics",
        "OfficialLanguages.Languages", "OfficialLanguages.Sources", "EstablishingConvention.Sources", "Headquarters.Sources",
        "WorldTradeShare.Sources", "Membership[0].Sources", "SecretariatStaff[0].Sources", "History[0].Sources",
        "LoadErrors",
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public void Collection_CastToIList_CannotBeMutated(string name)
    {
        var o = Kb.Organization;
        switch (name)
        {
            case "Roles": AssertReadOnly(Kb.Roles); break;
            case "Objectives": AssertReadOnly(Kb.Objectives); break;
            case "Pillars": AssertReadOnly(Kb.Pillars); break;
            case "Sources": AssertReadOnly(Kb.Sources); break;
            case "Items": AssertReadOnly(Kb.Items); break;
            case "History": AssertReadOnly(o.History); break;
            case "Membership": AssertReadOnly(o.Membership); break;
            case "SecretariatStaff": AssertReadOnly(o.SecretariatStaff); break;
            case "Missions": AssertReadOnly(o.Missions); break;
            case "Values": AssertReadOnly(o.Values); break;
            case "Governance": AssertReadOnly(o.Governance); break;
            case "Topics": AssertReadOnly(o.Topics); break;
            case "OfficialLanguages.Languages": AssertReadOnly(o.OfficialLanguages.Languages); break;
            case "OfficialLanguages.Sources": AssertReadOnly(o.OfficialLanguages.Sources); break;
            case "EstablishingConvention.Sources": AssertReadOnly(o.EstablishingConvention.Sources); break;
            case "Headquarters.Sources": AssertReadOnly(o.Headquarters.Sources); break;
            case "WorldTradeShare.Sources": AssertReadOnly(o.WorldTradeShare.Sources); break;
            case "Membership[0].Sources": AssertReadOnly(o.Membership[0].Sources); break;
            case "SecretariatStaff[0].Sources": AssertReadOnly(o.SecretariatStaff[0].Sources); break;
            case "History[0].Sources": AssertReadOnly(o.History[0].Sources); break;
            case "LoadErrors": AssertReadOnly(TestDataset.LoadFails(TestDataset.Mutate(r => r["asOf"] = "2025-13-01")).Errors); break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown collection.");
        }
    }

    [Theory]
    [MemberData(nameof(KnowledgeKindsTests.EveryKind), MemberType = typeof(KnowledgeKindsTests))]
    public void GetItems_CastToIList_CannotBeMutated(KnowledgeKind kind)
    {
        AssertReadOnly(Kb.GetItems(kind));
    }

    [Fact]
    public void ItemAliasesAndSources_CastToIList_CannotBeMutated()
    {
        foreach (var item in Kb.Items)
        {
            AssertReadOnly(item.Aliases, item.Id + ".Aliases");
            AssertReadOnly(item.Sources, item.Id + ".Sources");
        }
    }

    [Fact]
    public void EverySourceList_CastToIList_CannotBeMutated()
    {
        foreach (var (label, sources) in ModelWalk.CitedFacts(Kb))
        {
            AssertReadOnly(sources, label);
        }
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list, string? because = null)
    {
        list.Should().NotBeNull(because);
        var before = list.ToList();
        var sample = list.Count > 0 ? list[0] : default!;
        var asList = list.Should().BeAssignableTo<IList<T>>(because).Which;

        ((Action)(() => asList.Add(sample))).Should().Throw<NotSupportedException>(because);
        ((Action)(() => asList.Insert(0, sample))).Should().Throw<NotSupportedException>(because);
        ((Action)(() => asList.Clear())).Should().Throw<NotSupportedException>(because);
        ((Action)(() => asList.Remove(sample))).Should().Throw<NotSupportedException>(because);
        if (list.Count > 0)
        {
            ((Action)(() => asList[0] = sample)).Should().Throw<NotSupportedException>(because);
            ((Action)(() => asList.RemoveAt(0))).Should().Throw<NotSupportedException>(because);
        }

        asList.IsReadOnly.Should().BeTrue(because);
        list.Should().NotBeAssignableTo<T[]>(because).And.NotBeOfType<List<T>>(because);
        list.Should().Equal(before, because);
    }
}
