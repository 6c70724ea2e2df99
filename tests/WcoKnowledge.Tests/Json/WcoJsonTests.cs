using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Json;

/// <summary>JSON out: every model object in the dataset's own shape, and a whole knowledge base as a dataset file that loads back equal.</summary>
public class WcoJsonTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;
    private static readonly JsonSerializerOptions _indented = new(WcoJson.Options) { WriteIndented = true };

    [Fact]
    public void WholeKnowledgeBase_WrittenAndLoadedBack_IsEqualInEveryItemFigureRelationAndSource()
    {
        var written = JsonSerializer.Serialize(_kb, WcoJson.GetTypeInfo<WcoKnowledgeBase>());

        var loaded = TestDataset.Load(written);

        loaded.DataVersion.Should().Be(_kb.DataVersion);
        loaded.AsOf.Should().Be(_kb.AsOf);
        // Each object is compared through its own JSON, which holds every member it has (references as ids).
        loaded.Items.Select(Json).Should().Equal(_kb.Items.Select(Json));
        loaded.Sources.Select(s => JsonSerializer.Serialize(s, WcoJson.Options)).Should().Equal(_kb.Sources.Select(s => JsonSerializer.Serialize(s, WcoJson.Options)));
        loaded.Relations.Select(r => JsonSerializer.Serialize(r, WcoJson.Options)).Should().Equal(_kb.Relations.Select(r => JsonSerializer.Serialize(r, WcoJson.Options)));
        JsonSerializer.Serialize(loaded.Organization.Membership, WcoJson.Options).Should().Be(JsonSerializer.Serialize(_kb.Organization.Membership, WcoJson.Options));
        ModelWalk.Texts(loaded).Should().Equal(ModelWalk.Texts(_kb));
        JsonSerializer.Serialize(loaded, WcoJson.GetTypeInfo<WcoKnowledgeBase>()).Should().Be(written, "writing is a fixed point");
    }

    [Fact]
    public void WholeKnowledgeBase_HasTheDatasetFilesContent()
    {
        // Against the file itself: the same tree, except that optional members the file leaves out are written as null.
        var written = JsonNode.Parse(JsonSerializer.Serialize(_kb, WcoJson.Options))!;
        var file = TestDataset.ParseTree();

        JsonNode.DeepEquals(WithoutNulls(written), WithoutNulls(file)).Should().BeTrue();
    }

    [Fact]
    public void EveryItem_Serializes_InTheDatasetShape()
    {
        foreach (var item in _kb.Items)
        {
            var node = JsonNode.Parse(Json(item))!.AsObject();

            node["id"]!.GetValue<string>().Should().Be(item.Id);
            node["status"]!.GetValue<string>().Should().BeOneOf("confirmed", "secondary", "inferred", "unconfirmed");
            node["sources"]!.AsArray().Select(s => s!.GetValue<string>()).Should().Equal(item.Sources.Select(s => s.Id), "sources are written as their ids");
            node.Select(p => p.Key).Should().OnlyContain(k => char.IsLower(k[0]), "members are camelCase");
        }
    }

    [Fact]
    public void Plan_AndItsObjectives_AreWrittenWithoutCycles_ReferencesAsIds()
    {
        var plan = _kb.GetItem<StrategicPlan>("plan-2022-2025");

        var node = JsonNode.Parse(JsonSerializer.Serialize(plan, WcoJson.Options))!;
        var objective = JsonNode.Parse(JsonSerializer.Serialize(plan.Objectives[0], WcoJson.Options))!;

        node["objectives"]!.AsArray().Should().HaveCount(plan.Objectives.Count);
        node["endorsed"]!.GetValue<string>().Should().Be("2022-06", "dates are ISO text at their precision");
        objective["plan"]!.GetValue<string>().Should().Be("plan-2022-2025", "a reference to another item is its id");
    }

    [Fact]
    public void EnumsAndDates_AreTheDatasetsWords()
    {
        var relation = JsonNode.Parse(JsonSerializer.Serialize(_kb.Relations.First(r => r.Type == RelationType.ManagedBy), WcoJson.Options))!;
        var source = JsonNode.Parse(JsonSerializer.Serialize(_kb.Sources.First(s => s.Kind == SourceKind.OfficialWco), WcoJson.Options))!;
        var figure = JsonNode.Parse(JsonSerializer.Serialize(_kb.Organization.CurrentMembership, WcoJson.Options))!;

        relation["type"]!.GetValue<string>().Should().Be("managedBy");
        relation["from"]!.GetValue<string>().Should().StartWith("instrument-");
        source["kind"]!.GetValue<string>().Should().Be("officialWco");
        figure["asOf"]!.GetValue<string>().Should().Be(_kb.Organization.CurrentMembership.AsOf.ToString());
        figure["qualifier"]!.GetValue<string>().Should().Be("exactly");
        JsonSerializer.Serialize(KnowledgeKind.GovernanceBody, WcoJson.Options).Should().Be("\"governanceBody\"");
        JsonSerializer.Serialize(FactDate.FromYearMonth(1994, 6), WcoJson.Options).Should().Be("\"1994-06\"");
        JsonSerializer.Serialize((FactDate?)null, WcoJson.Options).Should().Be("null");
    }

    [Fact]
    public void ListsAndSearchHits_TheApiReturns_Serialize()
    {
        var hits = JsonNode.Parse(JsonSerializer.Serialize(_kb.Search("kyoto"), WcoJson.GetTypeInfo<IReadOnlyList<SearchHit>>()))!.AsArray();
        var items = JsonNode.Parse(JsonSerializer.Serialize(_kb.GetItems(KnowledgeKind.Pillar), WcoJson.Options))!.AsArray();
        var boxed = JsonSerializer.Serialize<object>(_kb.GetPillar(1), WcoJson.Options);

        hits.Should().NotBeEmpty();
        hits[0]!["item"]!["id"]!.GetValue<string>().Should().Be("instrument-kyoto-convention");
        hits[0]!["field"]!.GetValue<string>().Should().BeOneOf("title", "alias", "summary");
        items.Select(i => i!["number"]!.GetValue<int>()).Should().Equal(Enumerable.Range(1, 10));
        boxed.Should().Be(Json(_kb.GetPillar(1)), "an item typed as object is written by its runtime type");
    }

    [Fact]
    public void IndentedCopyOfTheOptions_WritesTheSameTree()
    {
        var text = JsonSerializer.Serialize(_kb.Organization, _indented);

        text.Should().Contain("\n");
        JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(Json(_kb.Organization))).Should().BeTrue();
    }

    [Fact]
    public void Reading_AModelObject_IsRefused()
    {
        var act = () => JsonSerializer.Deserialize("{\"id\":\"pillar-x\"}", WcoJson.GetTypeInfo<Pillar>());

        act.Should().Throw<NotSupportedException>().WithMessage("*WcoKnowledgeBase.Load*");
    }

    [Fact]
    public void UnsupportedType_IsRefused()
    {
        var act = () => WcoJson.GetTypeInfo<Uri>();

        act.Should().Throw<NotSupportedException>();
        WcoJson.Options.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void WrittenStream_LoadsBack()
    {
        using var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, _kb, WcoJson.GetTypeInfo<WcoKnowledgeBase>());
        stream.Position = 0;

        WcoKnowledgeBase.Load(stream).Items.Should().HaveCount(_kb.Items.Count);
        Encoding.UTF8.GetString(stream.ToArray()).Should().StartWith("{\"formatVersion\":4,");
    }

    private static string Json(IKnowledgeItem item) => JsonSerializer.Serialize(item, WcoJson.GetTypeInfo<IKnowledgeItem>());

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    if (value is not null)
                    {
                        copy[key] = WithoutNulls(value);
                    }
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(WithoutNulls).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
