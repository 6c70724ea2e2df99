using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Export;

public sealed class JsonExportTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    [Fact]
    public void Json_HasEveryItemEverySourceAndTheOrganizationsFacts()
    {
        var json = Wco.Line("export --format json").ShouldSucceed().Json();

        json.GetProperty("format").GetString().Should().Be("wco-knowledge-export");
        json.GetProperty("formatVersion").GetInt32().Should().Be(1);
        json.GetProperty("dataVersion").GetString().Should().Be(_kb.DataVersion);
        Wco.Ids(json.GetProperty("items")).Should().Equal(_kb.Items.Select(item => item.Id));
        Wco.Ids(json.GetProperty("sources")).Should().Equal(_kb.Sources.Select(source => source.Id));
        json.GetProperty("organization").GetProperty("membership").GetArrayLength().Should().Be(_kb.Organization.Membership.Count);
        json.GetProperty("kinds").GetArrayLength().Should().Be(KnowledgeKinds.All.Count);
    }

    [Fact]
    public void Json_ItemsAreTheSameObjectsAsShowPrints()
    {
        var export = Wco.Line("export --format json").ShouldSucceed().Json();
        var pillar = export.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("id").GetString() == "pillar-integrity");
        var shown = Wco.Line("show pillar-integrity --json").ShouldSucceed().Json().GetProperty("item");

        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(pillar.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(shown.GetRawText()))
            .Should().BeTrue();
    }

    [Fact]
    public void Json_EverySourceIdAnItemCitesIsInTheSourceList()
    {
        var json = Wco.Line("export --format json").ShouldSucceed().Json();
        var ids = Wco.Ids(json.GetProperty("sources")).ToHashSet();

        json.GetProperty("items").EnumerateArray()
            .SelectMany(item => item.GetProperty("sources").EnumerateArray().Select(id => id.GetString()!))
            .Should().OnlyContain(id => ids.Contains(id));
    }
}
