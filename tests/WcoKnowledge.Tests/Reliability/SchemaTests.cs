using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// The JSON Schema (Data/wco-knowledge.schema.json) and the loader agree: the shipped dataset is valid under the schema,
/// and each mutation below is refused by both or accepted by both, so neither can drift from the other. The schema
/// describes format version 4 only.
/// </summary>
public class SchemaTests
{
    // Mutations of the shipped dataset that break the format.
    public static TheoryData<string> InvalidCases { get; } = new()
    {
        "unknown-root-member", "unknown-pillar-member", "unknown-headquarters-member", "pillar-id-wrong-prefix", "uppercase-id", "source-id-without-src",
        "relation-end-not-an-id", "unknown-status", "unknown-source-kind", "unknown-qualifier", "unknown-instrument-kind", "unknown-in-force",
        "unknown-relation-type", "unknown-member-since-kind", "unknown-office", "missing-title", "missing-source-url", "missing-plan",
        "missing-relations", "missing-members", "format-version-1", "format-version-2", "format-version-3", "format-version-as-string",
        "bad-month", "short-month", "empty-title", "padded-title", "nbsp-padded-title", "title-301-chars", "summary-2001-chars",
        "url-2049-chars", "relative-url", "no-sources", "null-title", "negative-figure", "fractional-number", "no-missions",
        "missing-milestone", "plan-start-year-1900",
    };

    // Members that only older formats could leave out: the shipped dataset always writes them (null where there is
    // nothing to say), so the schema requires them. The loader still reads an absent one as null, so these cases check
    // the schema alone; see the report on the format-3-only change.
    public static TheoryData<string> SchemaOnlyInvalidCases { get; } = new()
    {
        "missing-body-group", "missing-body-established", "missing-objective-label",
    };

    // Mutations the format allows: optional members absent or null, lists that may be empty, texts at their length limits.
    public static TheoryData<string> ValidCases { get; } = new()
    {
        "no-status-note", "null-status-note", "null-relation-note", "no-source-note", "null-body-group", "null-objective-label",
        "empty-aliases", "empty-editions", "title-300-chars", "summary-2000-chars", "url-2048-chars", "unicode-title",
    };

    [Fact]
    public void Schema_ShippedDataset_IsValid()
    {
        // The file next to the tests is the embedded resource byte for byte (EmbeddedResourceTests), so this is what Default reads.
        DatasetSchema.Validate(File.ReadAllText(TestDataset.FilePath, Encoding.UTF8)).Should().BeEmpty();
    }

    [Fact]
    public void Schema_KeptFormat1File_IsRefusedForItsFormatVersion()
    {
        // The schema describes format 4 only; an older file must be refused at its formatVersion, not merely somewhere.
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json"), Encoding.UTF8);

        DatasetSchema.Validate(json).Should().Contain(e => e.StartsWith("/formatVersion ", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_IsDraft202012WithClosedObjects()
    {
        var schema = JsonNode.Parse(File.ReadAllText(DatasetSchema.FilePath))!;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        var objects = Descendants(schema).OfType<JsonObject>().Where(o => o["type"] is JsonValue t && t.GetValue<string>() == "object").ToList();
        objects.Should().HaveCountGreaterThan(20);
        // A map keyed by data (translations by language tag) constrains its names with propertyNames and its values with
        // additionalProperties; every other object forbids unknown members.
        var maps = objects.Where(o => o["propertyNames"] is JsonObject && o["additionalProperties"] is JsonObject).ToList();
        maps.Select(o => o.GetPath()).Should().BeEquivalentTo("$.$defs.translations");
        objects.Except(maps).Where(o => o["additionalProperties"] is not JsonValue v || v.GetValue<bool>())
            .Select(o => o.GetPath()).Should().BeEmpty("every object schema forbids unknown members, as the loader does");
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void SchemaAndLoader_InvalidDataset_BothRefuseIt(string caseName)
    {
        var json = Mutated(caseName);

        DatasetSchema.Validate(json).Should().NotBeEmpty("the schema must refuse '{0}'", caseName);
        TestDataset.LoadFails(json).Errors.Should().NotBeEmpty("the loader must refuse '{0}'", caseName);
    }

    [Theory]
    [MemberData(nameof(SchemaOnlyInvalidCases))]
    public void Schema_MemberTheDatasetAlwaysWrites_IsRequired(string caseName)
    {
        DatasetSchema.Validate(Mutated(caseName)).Should().NotBeEmpty("the schema must refuse '{0}'", caseName);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void SchemaAndLoader_ValidVariant_BothAcceptIt(string caseName)
    {
        var json = Mutated(caseName);

        DatasetSchema.Validate(json).Should().BeEmpty("the schema must accept '{0}'", caseName);
        TestDataset.Load(json).Items.Should().NotBeEmpty("the loader must accept '{0}'", caseName);
    }

    [Fact]
    public void Schema_ReportsTheLocationOfAnError()
    {
        var errors = DatasetSchema.Validate(Mutated("unknown-status"));

        errors.Should().Contain(e => e.StartsWith("/pillars/0/status", StringComparison.Ordinal));
    }

    private static string Mutated(string caseName)
    {
        var root = TestDataset.ParseTree();
        Apply(root, caseName);
        return root.ToJsonString();
    }

    private static void Apply(JsonNode root, string caseName)
    {
        var pillar = root["pillars"]![0]!;
        var org = root["organization"]!;
        var source = root["sources"]![0]!;
        switch (caseName)
        {
            case "unknown-root-member": root["surprise"] = 1; break;
            case "unknown-pillar-member": pillar["colour"] = "blue"; break;
            case "unknown-headquarters-member": org["headquarters"]!["postcode"] = "1210"; break;
            case "pillar-id-wrong-prefix": pillar["id"] = "role-globally-networked"; break;
            case "uppercase-id": pillar["id"] = "pillar-Integrity"; break;
            case "source-id-without-src": source["id"] = "seed-bestcargo"; break;
            case "relation-end-not-an-id": root["relations"]![0]!["to"] = "Harmonized System Committee"; break;
            case "unknown-status": pillar["status"] = "certain"; break;
            case "unknown-source-kind": source["kind"] = "blog"; break;
            case "unknown-qualifier": org["worldTradeShare"]!["qualifier"] = "roughly"; break;
            case "unknown-instrument-kind": root["instruments"]![0]!["instrumentKind"] = "treaty"; break;
            case "unknown-in-force": root["instruments"]![0]!["inForce"] = "maybe"; break;
            case "unknown-relation-type": root["relations"]![0]!["type"] = "owns"; break;
            case "missing-title": pillar.AsObject().Remove("title"); break;
            case "missing-source-url": source.AsObject().Remove("url"); break;
            case "unknown-member-since-kind": root["members"]![0]!["memberSinceKind"] = "ratified"; break;
            case "unknown-office": root["officers"]![0]!["office"] = "president"; break;
            case "missing-plan": root["objectives"]![0]!.AsObject().Remove("plan"); break;
            case "missing-relations": root.AsObject().Remove("relations"); break;
            case "missing-members": root.AsObject().Remove("members"); break;
            case "format-version-1": root["formatVersion"] = 1; break;
            case "format-version-2": root["formatVersion"] = 2; break;
            case "format-version-3": root["formatVersion"] = 3; break;
            case "format-version-as-string": root["formatVersion"] = "4"; break;
            case "bad-month": root["asOf"] = "2025-13-01"; break;
            case "short-month": org["membership"]![0]!["asOf"] = "1953-1-26"; break;
            case "empty-title": pillar["title"] = ""; break;
            case "padded-title": pillar["title"] = " Globally Networked Customs"; break;
            case "nbsp-padded-title": pillar["title"] = "Globally Networked Customs\u00A0"; break;
            case "title-301-chars": pillar["title"] = new string('t', 301); break;
            case "summary-2001-chars": pillar["summary"] = new string('s', 2001); break;
            case "url-2049-chars": source["url"] = Url(2049); break;
            case "relative-url": source["url"] = "/about-the-world-customs-organization.html"; break;
            case "no-sources": pillar["sources"] = new JsonArray(); break;
            case "null-title": pillar["title"] = null; break;
            case "negative-figure": org["secretariatStaff"]![0]!["value"] = -1; break;
            case "fractional-number": pillar["number"] = 1.5; break;
            case "no-missions": org["missions"] = new JsonArray(); break;
            case "missing-milestone": org["history"] = new JsonArray(org["history"]!.AsArray().Where(m => m!["key"]!.GetValue<string>() != "first-council-session").Select(m => m!.DeepClone()).ToArray()); break;
            case "plan-start-year-1900": root["strategicPlans"]![0]!["startYear"] = 1900; break;
            case "missing-body-group": org["governance"]![0]!.AsObject().Remove("group"); break;
            case "missing-body-established": org["governance"]![0]!.AsObject().Remove("established"); break;
            case "missing-objective-label": root["objectives"]![0]!.AsObject().Remove("label"); break;
            case "no-status-note": pillar.AsObject().Remove("statusNote"); break;
            case "null-status-note": pillar["statusNote"] = null; break;
            case "null-relation-note": root["relations"]![0]!["note"] = null; break;
            case "no-source-note": source.AsObject().Remove("note"); break;
            case "null-body-group": org["governance"]![0]!["group"] = null; break;
            case "null-objective-label": root["objectives"]![0]!["label"] = null; break;
            case "empty-aliases": pillar["aliases"] = new JsonArray(); break;
            case "empty-editions": root["instruments"]![0]!["editions"] = new JsonArray(); break;
            case "title-300-chars": pillar["title"] = new string('t', 300); break;
            case "summary-2000-chars": pillar["summary"] = new string('s', 2000); break;
            case "url-2048-chars": source["url"] = Url(2048); break;
            case "unicode-title": pillar["title"] = "Douane « mondiale » – 世界海关组织 🛃"; break;
            default: throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "Unknown case.");
        }
    }

    private static string Url(int length)
    {
        const string start = "https://www.wcoomd.org/";
        return start + new string('a', length - start.Length);
    }

    private static System.Collections.Generic.IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => Enumerable.Empty<JsonNode?>(),
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
