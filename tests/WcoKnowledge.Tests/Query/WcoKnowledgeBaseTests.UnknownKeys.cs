using System;
using System.Collections.Generic;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>Unknown and null keys: throwing forms raise KnowledgeItemNotFoundException, Try forms return false.</summary>
public partial class WcoKnowledgeBaseTests
{
    // Theory rows carry a case name, not the id itself: a lone surrogate or a 100,000-char id does not belong in a test name.
    public static TheoryData<string> UnknownItemIdCases { get; } = new()
    {
        "empty", "uppercase", "space", "mixed-whitespace", "leading-space", "trailing-space",
        "lone-surrogate", "nul", "100k-chars", "prefix-only", "source-id-as-item",
    };

    public static TheoryData<string> UnknownSourceIdCases { get; } = new()
    {
        "empty", "uppercase", "space", "mixed-whitespace", "leading-space", "trailing-space",
        "lone-surrogate", "nul", "100k-chars", "prefix-only", "item-id-as-source",
    };

    public static TheoryData<int> UnknownObjectiveNumbers { get; } = new() { 0, -1, int.MinValue, int.MaxValue, 10 };

    public static TheoryData<int> UnknownPillarNumbers { get; } = new() { 0, -1, int.MinValue, int.MaxValue, 11 };

    private static string UnknownId(string caseName) => caseName switch
    {
        "empty" => string.Empty,
        "uppercase" => "PILLAR-INTEGRITY",
        "space" => " ",
        "mixed-whitespace" => " \t\r\n\u00A0",
        "leading-space" => " pillar-integrity",
        "trailing-space" => "pillar-integrity ",
        "lone-surrogate" => "\ud800",
        "nul" => "pillar-integrity\0",
        "100k-chars" => new string('a', 100_000),
        "prefix-only" => "pillar-",
        // Items and sources are separate key spaces.
        "source-id-as-item" => "src-wco-history",
        "item-id-as-source" => "pillar-integrity",
        _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "Unknown case."),
    };

    [Theory]
    [MemberData(nameof(UnknownObjectiveNumbers))]
    public void GetObjective_UnknownNumber_ThrowsWithKindAndKey(int number)
    {
        var key = number.ToString(CultureInfo.InvariantCulture);
        Action act = () => Kb.GetObjective(number);

        var e = act.Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;
        e.Should().BeAssignableTo<KeyNotFoundException>();
        e.Key.Should().Be(key);
        e.Kind.Should().Be(KnowledgeKind.Objective);
        e.Message.Should().Contain(key).And.Contain("objective").And.Contain("List").And.Contain("1 to 9").And.Contain(Kb.DataVersion);
    }

    [Theory]
    [MemberData(nameof(UnknownObjectiveNumbers))]
    public void TryGetObjective_UnknownNumber_ReturnsFalseAndNull(int number)
    {
        Kb.TryGetObjective(number, out var objective).Should().BeFalse();
        objective.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(UnknownPillarNumbers))]
    public void GetPillar_UnknownNumber_ThrowsWithKindAndKey(int number)
    {
        var key = number.ToString(CultureInfo.InvariantCulture);
        Action act = () => Kb.GetPillar(number);

        var e = act.Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;
        e.Should().BeAssignableTo<KeyNotFoundException>();
        e.Key.Should().Be(key);
        e.Kind.Should().Be(KnowledgeKind.Pillar);
        e.Message.Should().Contain(key).And.Contain("pillar").And.Contain("List").And.Contain("1 to 10");
    }

    [Theory]
    [MemberData(nameof(UnknownPillarNumbers))]
    public void TryGetPillar_UnknownNumber_ReturnsFalseAndNull(int number)
    {
        Kb.TryGetPillar(number, out var pillar).Should().BeFalse();
        pillar.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(UnknownItemIdCases))]
    public void GetItem_UnknownId_ThrowsWithKindAndKey(string caseName)
    {
        var id = UnknownId(caseName);
        Action act = () => Kb.GetItem(id);

        var e = act.Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;
        e.Should().BeAssignableTo<KeyNotFoundException>();
        e.Key.Should().Be(id);
        e.Kind.Should().BeNull("any item was asked for");
        e.Message.Should().Contain(QuotedKey(id)).And.Contain("item").And.Contain("List").And.Contain(nameof(IWcoKnowledgeBase.Items));
    }

    [Theory]
    [MemberData(nameof(UnknownItemIdCases))]
    public void GetItemOfT_UnknownId_ThrowsWithTypeNameAndKey(string caseName)
    {
        var id = UnknownId(caseName);
        Action act = () => Kb.GetItem<Pillar>(id);

        var e = act.Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;
        e.Key.Should().Be(id);
        e.Kind.Should().Be(KnowledgeKind.Pillar, "GetPillar and GetItem<Pillar> name the same kind");
        e.Message.Should().Contain(QuotedKey(id)).And.Contain(nameof(Pillar)).And.Contain("List");
    }

    [Theory]
    [MemberData(nameof(UnknownItemIdCases))]
    public void TryGetItem_UnknownId_ReturnsFalseAndNull(string caseName)
    {
        var id = UnknownId(caseName);
        Kb.TryGetItem(id, out var item).Should().BeFalse();
        item.Should().BeNull();
        Kb.TryGetItem<Pillar>(id, out var pillar).Should().BeFalse();
        pillar.Should().BeNull();
        Kb.TryGetItem<IKnowledgeItem>(id, out var any).Should().BeFalse();
        any.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(UnknownSourceIdCases))]
    public void GetSource_UnknownId_ThrowsWithKindAndKey(string caseName)
    {
        var id = UnknownId(caseName);
        Action act = () => Kb.GetSource(id);

        var e = act.Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;
        e.Should().BeAssignableTo<KeyNotFoundException>();
        e.Key.Should().Be(id);
        e.Kind.Should().BeNull("a source is not an item of a kind");
        e.Message.Should().Contain(QuotedKey(id)).And.Contain("source").And.Contain("List").And.Contain(nameof(IWcoKnowledgeBase.Sources));
    }

    [Theory]
    [MemberData(nameof(UnknownSourceIdCases))]
    public void TryGetSource_UnknownId_ReturnsFalseAndNull(string caseName)
    {
        var id = UnknownId(caseName);
        Kb.TryGetSource(id, out var source).Should().BeFalse();
        source.Should().BeNull();
    }

    [Fact]
    public void GetItemOfT_IdOfAnotherKind_ThrowsNamingBothKinds()
    {
        Action act = () => Kb.GetItem<Objective>("pillar-integrity");

        var e = act.Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;
        e.Key.Should().Be("pillar-integrity");
        e.Kind.Should().Be(KnowledgeKind.Objective);
        e.Message.Should().Contain("'pillar-integrity'").And.Contain("pillar").And.Contain(nameof(Pillar)).And.Contain(nameof(Objective));
    }

    [Fact]
    public void TryGetItemOfT_IdOfAnotherKind_ReturnsFalseAndNull()
    {
        Kb.TryGetItem<Objective>("pillar-integrity", out var objective).Should().BeFalse();
        objective.Should().BeNull();
        Kb.TryGetItem<Organization>("vision-wco", out var organization).Should().BeFalse();
        organization.Should().BeNull();
        Kb.TryGetItem<CoreValue>("topic-valuation", out var value).Should().BeFalse();
        value.Should().BeNull();
    }

    [Fact]
    public void IdLookups_NullId_ThrowArgumentNullException()
    {
        var calls = new (string Name, Action Call)[]
        {
            ("GetItem", () => Kb.GetItem(null!)),
            ("TryGetItem", () => Kb.TryGetItem(null!, out _)),
            ("GetItem<T>", () => Kb.GetItem<Pillar>(null!)),
            ("TryGetItem<T>", () => Kb.TryGetItem<Pillar>(null!, out _)),
            ("GetSource", () => Kb.GetSource(null!)),
            ("TryGetSource", () => Kb.TryGetSource(null!, out _)),
        };

        foreach (var (name, call) in calls)
        {
            call.Should().ThrowExactly<ArgumentNullException>(name).Which.ParamName.Should().Be("id", name);
        }
    }

    // Messages quote the key whole, or its start when it is huge (so a hostile key cannot make a megabyte message).
    private static string QuotedKey(string id) => id.Length <= 120 ? "'" + id + "'" : string.Concat("'", id.AsSpan(0, 40));

    [Fact]
    public void GetItem_HugeUnknownId_KeepsTheMessageShortButTheKeyWhole()
    {
        var id = new string('x', 1_000_000);

        var e = ((Action)(() => Kb.GetItem(id))).Should().ThrowExactly<KnowledgeItemNotFoundException>().Which;

        e.Key.Should().Be(id);
        e.Message.Length.Should().BeLessThan(1000);
        e.Message.Should().Contain("characters left out");
    }
}
