using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

public class KnowledgeKindsTests
{
    public static TheoryData<KnowledgeKind> EveryKind { get; } = new(Enum.GetValues<KnowledgeKind>());

    [Fact]
    public void All_IsEveryKindInDeclarationOrder()
    {
        KnowledgeKinds.All.Should().Equal(Enum.GetValues<KnowledgeKind>());
        KnowledgeKinds.All.Should().HaveCount(16);
        KnowledgeKinds.All.Select(k => (int)k).Should().Equal(Enumerable.Range(0, 16));
    }

    [Fact]
    public void All_CannotBeMutated()
    {
        var list = (IList<KnowledgeKind>)KnowledgeKinds.All;

        ((Action)(() => list.Add(KnowledgeKind.Pillar))).Should().Throw<NotSupportedException>();
        ((Action)(() => list[0] = KnowledgeKind.Pillar)).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Clear())).Should().Throw<NotSupportedException>();
        KnowledgeKinds.All[0].Should().Be(KnowledgeKind.Organization);
    }

    [Theory]
    [InlineData(KnowledgeKind.Organization, "organization-")]
    [InlineData(KnowledgeKind.Vision, "vision-")]
    [InlineData(KnowledgeKind.Mission, "mission-")]
    [InlineData(KnowledgeKind.Value, "value-")]
    [InlineData(KnowledgeKind.GovernanceBody, "body-")]
    [InlineData(KnowledgeKind.Topic, "topic-")]
    [InlineData(KnowledgeKind.Strategy, "strategy-")]
    [InlineData(KnowledgeKind.Role, "role-")]
    [InlineData(KnowledgeKind.Objective, "objective-")]
    [InlineData(KnowledgeKind.Pillar, "pillar-")]
    public void IdPrefix_EachKind_IsItsDocumentedPrefix(KnowledgeKind kind, string prefix)
    {
        KnowledgeKinds.IdPrefix(kind).Should().Be(prefix);
    }

    [Fact]
    public void IdPrefix_NoPrefixStartsAnother()
    {
        var prefixes = KnowledgeKinds.All.Select(KnowledgeKinds.IdPrefix).ToList();

        prefixes.Should().OnlyHaveUniqueItems().And.OnlyContain(p => p.EndsWith('-'));
        prefixes.Should().OnlyContain(p => !"src-".StartsWith(p, StringComparison.Ordinal), "source ids must not look like item ids");
        foreach (var p in prefixes)
        {
            prefixes.Where(q => q != p).Should().NotContain(q => q.StartsWith(p, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(KnowledgeKind.Organization, "organization")]
    [InlineData(KnowledgeKind.Vision, "vision")]
    [InlineData(KnowledgeKind.Mission, "mission")]
    [InlineData(KnowledgeKind.Value, "value")]
    [InlineData(KnowledgeKind.GovernanceBody, "governance body")]
    [InlineData(KnowledgeKind.Topic, "topic")]
    [InlineData(KnowledgeKind.Strategy, "strategy")]
    [InlineData(KnowledgeKind.Role, "role")]
    [InlineData(KnowledgeKind.Objective, "objective")]
    [InlineData(KnowledgeKind.Pillar, "pillar")]
    public void DisplayName_EachKind_IsLowercaseEnglish(KnowledgeKind kind, string name)
    {
        KnowledgeKinds.DisplayName(kind).Should().Be(name);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    [InlineData(int.MaxValue)]
    public void IdPrefixAndDisplayName_UndefinedKind_ThrowArgumentOutOfRange(int value)
    {
        var kind = (KnowledgeKind)value;

        ((Action)(() => KnowledgeKinds.IdPrefix(kind))).Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
        ((Action)(() => KnowledgeKinds.DisplayName(kind))).Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
    }

    [Theory]
    [InlineData("pillar", KnowledgeKind.Pillar)]
    [InlineData("PILLAR", KnowledgeKind.Pillar)]
    [InlineData("  Pillar \t", KnowledgeKind.Pillar)]
    [InlineData("governanceBody", KnowledgeKind.GovernanceBody)]
    [InlineData("GovernanceBody", KnowledgeKind.GovernanceBody)]
    [InlineData("secretaryGeneral", KnowledgeKind.SecretaryGeneral)]
    [InlineData("strategicPlan", KnowledgeKind.StrategicPlan)]
    [InlineData("\nvision\n", KnowledgeKind.Vision)]
    public void TryParse_DatasetWord_FindsTheKind(string word, KnowledgeKind expected)
    {
        KnowledgeKinds.TryParse(word, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void TryParse_WordOfEveryKind_RoundTrips(KnowledgeKind expected)
    {
        KnowledgeKinds.TryParse(KnowledgeKinds.Word(expected), out var byWord).Should().BeTrue();
        byWord.Should().Be(expected);
        KnowledgeKinds.TryParse(expected.ToString(), out var byEnumName).Should().BeTrue("the word is the camelCase enum name");
        byEnumName.Should().Be(expected);
    }

    [Theory]
    [InlineData("objectives", KnowledgeKind.Objective)]
    [InlineData("Pillars", KnowledgeKind.Pillar)]
    [InlineData("building blocks", KnowledgeKind.Pillar)]
    [InlineData("principles", KnowledgeKind.Value)]
    [InlineData("bodies", KnowledgeKind.GovernanceBody)]
    [InlineData("governance body", KnowledgeKind.GovernanceBody)]
    [InlineData("secretaries general", KnowledgeKind.SecretaryGeneral)]
    [InlineData("sg", KnowledgeKind.SecretaryGeneral)]
    [InlineData("organisation", KnowledgeKind.Organization)]
    [InlineData("members", KnowledgeKind.Member)]
    [InlineData("countries", KnowledgeKind.Member)]
    [InlineData("strategies", KnowledgeKind.Strategy)]
    [InlineData(" plans ", KnowledgeKind.StrategicPlan)]
    [InlineData("council chairs", KnowledgeKind.Officer)]
    public void TryParse_WhatPeopleType_FindsTheKind(string text, KnowledgeKind expected)
    {
        // The one parser every door uses (wco, the samples): the README's "list objectives" must work everywhere.
        KnowledgeKinds.TryParse(text, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void TryParse_DisplayAndPluralNameOfEveryKind_FindTheKind(KnowledgeKind expected)
    {
        KnowledgeKinds.TryParse(KnowledgeKinds.DisplayName(expected), out var byName).Should().BeTrue();
        byName.Should().Be(expected);
        KnowledgeKinds.TryParse(KnowledgeKinds.PluralName(expected), out var byPlural).Should().BeTrue();
        byPlural.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("pillarz")]
    [InlineData("pil lar")]
    [InlineData("items")]
    [InlineData("kind")]
    [InlineData("9")]
    [InlineData("source")]
    public void TryParse_UnknownName_ReturnsFalse(string name)
    {
        KnowledgeKinds.TryParse(name, out var kind).Should().BeFalse();
        kind.Should().Be(default(KnowledgeKind));
    }

    [Fact]
    public void TryParse_Null_ThrowsArgumentNullException()
    {
        Func<bool> act = () => KnowledgeKinds.TryParse(null!, out _);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }
}
