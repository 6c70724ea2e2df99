using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests;

public sealed class LayoutTests
{
    public static TheoryData<string> HumanCommands =>
    [
        "",
        "show pillar 5",
        "show objective 3",
        "show organization-wco",
        "show src-wco-history",
        "show src-wco-harmonized-system-committee",
        "show instrument-safe-framework",
        "show plan 1",
        "show body-council",
        "list",
        "list pillars",
        "list objectives",
        "list missions",
        "list instruments",
        "search database of goods",
        "search customs -n 10",
        "facts",
        "facts --as-of 2018",
        "facts --as-of 1998",
        "sources",
    ];

    public static TheoryData<string> EveryItemId => new(WcoKnowledgeBase.Default.Items.Select(item => item.Id));

    [Theory]
    [MemberData(nameof(HumanCommands))]
    public void HumanOutput_FitsEightyColumns_ExceptForLongAddresses(string commandLine)
    {
        var result = Wco.Line(commandLine).ShouldSucceed();

        result.Lines.Where(line => line.Length > 80 && !IsAddress(line)).Should().BeEmpty("only an unbreakable URL may be wider than 80 columns");
        result.Lines.Where(line => line != line.TrimEnd()).Should().BeEmpty("no line ends in spaces");
    }

    [Theory]
    [MemberData(nameof(EveryItemId))]
    public void Show_EveryItem_FitsEightyColumns(string id)
    {
        Wco.Run("show", id).ShouldSucceed().Lines.Where(line => line.Length > 80 && !IsAddress(line)).Should().BeEmpty();
    }

    // A URL alone on its line, or after a field label.
    private static bool IsAddress(string line)
    {
        var at = line.IndexOf("://", System.StringComparison.Ordinal);
        var start = line.LastIndexOf(' ', System.Math.Max(at, 0)) + 1;
        return at > 0 && start <= 20 && !line[start..].Contains(' ', System.StringComparison.Ordinal);
    }
}
