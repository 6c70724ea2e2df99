using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests;

public sealed class DataOptionTests
{
    public static TheoryData<string> EveryCommand =>
    [
        "",
        "show pillar 8",
        "list pillars",
        "search kyoto",
        "facts",
        "sources",
        "export --format csv",
    ];

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Data_AGoodCopyOfTheDataset_GivesTheSameOutputAsTheBuiltIn(string commandLine)
    {
        var builtIn = Wco.Line(commandLine).ShouldSucceed();
        var fromFile = Wco.Line($"{commandLine} --data {Wco.DatasetPath}").ShouldSucceed();

        fromFile.Stdout.Should().Be(builtIn.Stdout);
    }

    [Fact]
    public void Data_IsReallyRead_AChangedTitleShows()
    {
        using var file = Wco.TempFile(".json", Mutate(root => root["pillars"]![7]!["title"] = "A Renamed Building Block"));

        Wco.Run("show", "pillar", "8", "--data", file.Path).ShouldSucceed().Lines[0].Should().Be("A Renamed Building Block");
        Wco.Run("--data", file.Path, "search", "renamed", "--json").ShouldSucceed().Json().GetProperty("hits")[0].GetProperty("item")
            .GetProperty("id").GetString().Should().Be(WcoKnowledgeBase.Default.GetPillar(8).Id);
    }

    [Fact]
    public void Data_NotJson_Exits3WithTheLoadersMessage()
    {
        using var file = Wco.TempFile(".json", "{ this is not json");

        var result = Wco.Run("list", "pillars", "--data", file.Path).ShouldFail(3);
        result.Stderr.Should().StartWith($"wco: The dataset '{file.Path}' is not valid: ");
    }

    [Fact]
    public void Data_InvalidDataset_Exits3AndListsTheFirstErrorsWithTheirPaths()
    {
        using var file = Wco.TempFile(".json", Mutate(root =>
        {
            foreach (var pillar in root["pillars"]!.AsArray())
            {
                pillar!["id"] = "pillar-duplicate";
            }
        }));

        var result = Wco.Run("facts", "--data", file.Path).ShouldFail(3);
        result.Stderr.Should().Contain("is not valid").And.Contain("pillar-duplicate").And.Contain("$.");
        result.Stderr.Split('\n').Count(line => line.StartsWith("  $.", System.StringComparison.Ordinal)).Should().Be(5, "the first five errors are listed");
        result.Stderr.Should().Contain("  ... and 4 more.");
    }

    [Fact]
    public void Data_MissingFile_Exits3AndSaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), "wco-missing-" + System.Guid.NewGuid().ToString("N") + ".json");
        Wco.Run("--data", path).ShouldFail(3).Stderr.Should().Contain($"'{path}' does not exist");
    }

    [Fact]
    public void Data_ADirectory_Exits3()
    {
        Wco.Run("--data", Path.GetTempPath()).ShouldFail(3).Stderr.Should().Contain("is not a file");
    }

    [Fact]
    public void Data_UsageErrorsComeBeforeLoading()
    {
        Wco.Line("list planets --data /no/such/file.json").ShouldFail(2);
    }

    private static string Mutate(System.Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(Wco.DatasetPath))!;
        edit(root);
        return root.ToJsonString();
    }
}
