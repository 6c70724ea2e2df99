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
    public void Json_HasEveryRelation_AndThePlanObjectiveLinks()
    {
        var json = Wco.Line("export --format json").ShouldSucceed().Json();
        var relations = json.GetProperty("relations").EnumerateArray().ToList();

        relations.Select(r => $"{r.GetProperty("from").GetString()} {r.GetProperty("type").GetString()} {r.GetProperty("to").GetString()}")
            .Should().Equal(_kb.Relations.Select(r => $"{r.From.Id} {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.Type.ToString())} {r.To.Id}"));
        var ids = Wco.Ids(json.GetProperty("items")).ToHashSet();
        relations.Should().OnlyContain(r => ids.Contains(r.GetProperty("from").GetString()!) && ids.Contains(r.GetProperty("to").GetString()!));
        var sources = Wco.Ids(json.GetProperty("sources")).ToHashSet();
        relations.SelectMany(r => r.GetProperty("sources").EnumerateArray()).Should().OnlyContain(id => sources.Contains(id.GetString()!));

        var items = json.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!);
        foreach (var plan in _kb.StrategicPlans)
        {
            items[plan.Id].GetProperty("objectives").EnumerateArray().Select(id => id.GetString()).Should().Equal(plan.Objectives.Select(o => o.Id));
            plan.Objectives.Select(o => items[o.Id].GetProperty("plan").GetString()).Should().AllBe(plan.Id);
        }

        foreach (var kind in new[] { "instrument", "region", "secretaryGeneral", "strategicPlan" })
        {
            items.Values.Should().Contain(item => item.GetProperty("kind").GetString() == kind);
        }

        items["instrument-nairobi-convention"].GetProperty("managedBy").EnumerateArray().Select(id => id.GetString()).Should().Equal("body-enforcement-committee");
        items.Values.SelectMany(item => item.TryGetProperty("editions", out var editions) ? editions.EnumerateArray().SelectMany(e => e.GetProperty("sources").EnumerateArray()) : [])
            .Should().NotBeEmpty().And.OnlyContain(id => sources.Contains(id.GetString()!));
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
