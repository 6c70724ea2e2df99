using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Compatibility;

/// <summary>
/// Datasets of the formats earlier releases read (1 and 2) are refused by this version with one error that names the
/// file's version, the supported one, and how to convert the file; nothing else is reported about them.
/// </summary>
public class ReleasedDatasetTests
{
    [Fact]
    public void Load_Format1Data100_IsRefusedWithTheConversion()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json"));

        var e = TestDataset.LoadFails(bytes);

        e.Errors.Should().ContainSingle().Which.Should()
            .StartWith("$.formatVersion: format version 1 is not supported")
            .And.Contain("reads format version 4 only")
            .And.Contain("add a strategic plan that each objective names");
    }

    [Fact]
    public void Load_Format2_IsRefusedWithAConversionThatWorks()
    {
        var version2 = AsFormat2(TestDataset.ParseTree());

        var e = TestDataset.LoadFails(version2.ToJsonString());
        e.Errors.Should().ContainSingle().Which.Should().Contain("format version 2 is not supported")
            .And.Contain("set formatVersion to 4, add \"members\": [] and \"officers\": []").And.Contain("\"customsDayThemes\": [] to the organization");

        // The conversion the message gives, done as it says, loads.
        version2["formatVersion"] = 4;
        version2["members"] = new JsonArray();
        version2["officers"] = new JsonArray();
        version2["organization"]!["customsDayThemes"] = new JsonArray();
        var converted = TestDataset.Load(version2.ToJsonString());
        converted.Members.Should().BeEmpty();
        converted.Pillars.Should().HaveCount(10);
    }

    [Fact]
    public void Load_Format1Data100_ConvertedAsTheMessageSays_Loads()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json")))!;
        var source = file["sources"]![0]!["id"]!.GetValue<string>();
        file["formatVersion"] = 4;
        file["organization"]!["customsDayThemes"] = new JsonArray();
        foreach (var name in new[] { "instruments", "regions", "secretariesGeneral", "relations", "members", "officers" })
        {
            file[name] = new JsonArray();
        }

        file["strategicPlans"] = JsonNode.Parse($$"""
            [{ "id": "plan-of-the-nine", "title": "The plan of the nine objectives", "summary": "Added by the conversion.",
               "aliases": [], "status": "unconfirmed", "statusNote": null, "sources": ["{{source}}"], "period": "2011–2012",
               "startYear": 2011, "endYear": 2012, "endorsed": null, "structure": "Nine objectives.", "objectives": [] }]
            """);
        foreach (var objective in file["objectives"]!.AsArray())
        {
            objective!["plan"] = "plan-of-the-nine";
            objective["label"] = null;
        }

        foreach (var body in file["organization"]!["governance"]!.AsArray())
        {
            body!["group"] = null;
            body["established"] = null;
        }

        var kb = TestDataset.Load(file.ToJsonString());
        kb.DataVersion.Should().Be("1.0.0");
        kb.Objectives.Should().HaveCount(9).And.OnlyContain(o => o.Plan.Id == "plan-of-the-nine");
    }

    // The shipped file as format 2 had it: no member registry, no officers, none of format 4's translations, Wikidata
    // links and International Customs Day themes, and none of the sources only they cite.
    private static JsonObject AsFormat2(JsonNode root)
    {
        var o = root.AsObject();
        o["formatVersion"] = 2;
        o.Remove("members");
        o.Remove("officers");
        o["organization"]!.AsObject().Remove("customsDayThemes");
        RemoveFormat4Members(o);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        CollectCitations(o, cited);
        var sources = o["sources"]!.AsArray();
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (!cited.Contains(sources[i]!["id"]!.GetValue<string>()))
            {
                sources.RemoveAt(i);
            }
        }

        return o;
    }

    private static void RemoveFormat4Members(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("translations");
                obj.Remove("wikidata");
                foreach (var (_, value) in obj)
                {
                    RemoveFormat4Members(value);
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    RemoveFormat4Members(element);
                }

                break;
        }
    }

    private static void CollectCitations(JsonNode? node, HashSet<string> cited)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "sources" && value is JsonArray ids && ids.Count > 0 && ids[0] is JsonValue)
                    {
                        foreach (var id in ids)
                        {
                            cited.Add(id!.GetValue<string>());
                        }
                    }
                    else
                    {
                        CollectCitations(value, cited);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectCitations(item, cited);
                }

                break;
        }
    }
}
