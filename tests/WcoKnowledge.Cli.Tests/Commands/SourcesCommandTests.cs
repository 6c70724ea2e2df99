using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class SourcesCommandTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    [Fact]
    public void Sources_ListsEverySourceWithIdAndUrl()
    {
        var result = Wco.Line("sources").ShouldSucceed();

        result.Lines[0].Should().Be($"Sources ({_kb.Sources.Count})");
        _kb.Sources.Should().OnlyContain(source => result.Stdout.Contains(source.Id) && result.Stdout.Contains(source.Url));
    }

    [Fact]
    public void Sources_Json_HasEverySourceInDatasetOrder()
    {
        var sources = Wco.Line("sources --json").ShouldSucceed().Json().GetProperty("sources");

        Wco.Ids(sources).Should().Equal(_kb.Sources.Select(source => source.Id));
        var first = sources[0];
        first.GetProperty("kind").GetString().Should().Be("seedText");
        first.GetProperty("publisher").GetString().Should().Be(_kb.Sources[0].Publisher);
        sources.EnumerateArray().Should().Contain(s => s.GetProperty("asOf").ValueKind == System.Text.Json.JsonValueKind.Null, "undated sources have asOf null");
        Library.Compact(sources).Should().Be(Library.Json(_kb.Sources));
    }
}
