using System;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>Load refuses JSON of the right shape that breaks the dataset's rules, listing every problem with its path.</summary>
public partial class LoadTests
{
    [Theory]
    [InlineData("$", "surprise")]
    [InlineData("$.pillars[0]", "colour")]
    [InlineData("$.organization.headquarters", "postcode")]
    public void Load_UnknownMember_NamesIt(string parentPath, string member)
    {
        var json = TestDataset.Mutate(root => Node(root, parentPath)[member] = 1);

        var e = TestDataset.LoadFails(json);

        e.Message.Should().Contain(member);
        e.Errors.Should().ContainSingle().Which.Should().Contain(member);
    }

    [Theory]
    [InlineData("$", "dataVersion")]
    [InlineData("$.pillars[0]", "title")]
    [InlineData("$.organization.establishingConvention", "signedOn")]
    public void Load_RequiredMemberRemoved_NamesIt(string parentPath, string member)
    {
        var json = TestDataset.Mutate(root => Node(root, parentPath).AsObject().Remove(member).Should().BeTrue());

        var e = TestDataset.LoadFails(json);

        e.Message.Should().Contain(member);
        e.Errors.Should().ContainSingle().Which.Should().Contain(member);
    }

    [Fact]
    public void Load_NullForARequiredText_IsRefused()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["pillars"]![0]!["title"] = null));

        e.Errors.Should().ContainSingle().Which.Should().Contain("title");
    }

    [Fact]
    public void Load_UnknownFormatVersion_SaysWhichVersionsAreSupported()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["formatVersion"] = 5));

        e.Errors.Should().ContainSingle().Which.Should().StartWith("$.formatVersion:");
        e.Message.Should().Contain("format version 5").And.Contain("reads format version 4 only");
    }

    [Theory]
    [InlineData("duplicate-item-id", "$.pillars[1].id", "used more than once")]
    [InlineData("duplicate-source-id", "$.sources[1].id", "used more than once")]
    [InlineData("item-id-same-as-source-id", "$.pillars[0].id", "the id 'src-wco-gnc' is used more than once")]
    [InlineData("value-id-same-as-organization-id", "$.organization.values[0].id", "is used more than once")]
    [InlineData("relation-to-a-source", "$.relations[0].to", "'src-wco-gnc' is not the id of an item in the dataset")]
    [InlineData("uppercase-id", "$.pillars[9].id", "'Pillar-Integrity' is not a lowercase kebab-case id")]
    [InlineData("wrong-prefix", "$.pillars[0].id", "must start with 'pillar-'")]
    [InlineData("prefix-only", "$.roles[0].id", "'role-' is not a lowercase kebab-case id")]
    [InlineData("source-without-src", "$.sources[0].id", "must start with 'src-'")]
    [InlineData("unknown-source-reference", "$.pillars[0].sources[2]", "'src-nowhere' is not defined")]
    [InlineData("no-sources", "$.roles[0].sources", "at least one source")]
    [InlineData("unknown-status", "$.pillars[0].status", "'certain' is not one of")]
    [InlineData("unknown-plan-status", "$.objectives[0].planEditionStatus", "'likely' is not one of")]
    [InlineData("unknown-qualifier", "$.organization.worldTradeShare.qualifier", "'roughly' is not one of")]
    [InlineData("unknown-source-kind", "$.sources[0].kind", "'blog' is not one of")]
    [InlineData("bad-date", "$.asOf", "'2025-13-01' is not a date")]
    [InlineData("bad-figure-date", "$.organization.membership[0].asOf", "'1953-1-26' is not a date")]
    [InlineData("date-before-1900", "$.organization.history[0].date", "1899 is not a plausible date")]
    [InlineData("figure-after-as-of", "$.organization.secretariatStaff[0].asOf", "after the dataset's asOf date")]
    [InlineData("objective-number-twice", "$.objectives[1].number", "number 1 is used more than once")]
    [InlineData("objective-number-out-of-range", "$.objectives[8].number", "10 is out of range")]
    [InlineData("pillar-number-zero", "$.pillars[0].number", "0 is out of range")]
    [InlineData("uncited-source", "$.sources", "source 'src-uncited' is defined but nothing cites it")]
    [InlineData("missing-milestone", "$.organization.history", "'first-council-session' is required")]
    [InlineData("history-out-of-order", "$.organization.history[1]", "date order")]
    [InlineData("membership-out-of-order", "$.organization.membership[1]", "date order")]
    [InlineData("negative-figure", "$.organization.secretariatStaff[0].value", "negative")]
    [InlineData("padded-title", "$.pillars[0].title", "white space")]
    [InlineData("empty-alias", "$.pillars[0].aliases[0]", "non-empty text")]
    [InlineData("no-missions", "$.organization.missions", "at least one entry")]
    [InlineData("relative-url", "$.sources[0].url", "not an absolute http or https URL")]
    public void Load_RuleBroken_ReportsItAtItsPath(string caseName, string path, string problem)
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => Break(root, caseName)));

        e.Errors.Should().Contain(error => error.StartsWith(path + ": ", StringComparison.Ordinal) && error.Contains(problem, StringComparison.Ordinal));
        e.Message.Should().Contain("error(s)");
    }

    [Fact]
    public void Load_SeveralRulesBroken_ListsEveryError()
    {
        var json = TestDataset.Mutate(root =>
        {
            Break(root, "uppercase-id");
            Break(root, "unknown-status");
            Break(root, "bad-date");
            Break(root, "unknown-source-reference");
            Break(root, "uncited-source");
            Break(root, "objective-number-twice");
        });

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().HaveCount(6);
        e.Errors.Should().Contain(x => x.StartsWith("$.pillars[9].id: ", StringComparison.Ordinal))
            .And.Contain(x => x.StartsWith("$.pillars[0].status: ", StringComparison.Ordinal))
            .And.Contain(x => x.StartsWith("$.asOf: ", StringComparison.Ordinal))
            .And.Contain(x => x.StartsWith("$.pillars[0].sources[2]: ", StringComparison.Ordinal))
            .And.Contain(x => x.StartsWith("$.sources: ", StringComparison.Ordinal))
            .And.Contain(x => x.StartsWith("$.objectives[1].number: ", StringComparison.Ordinal));
        e.Message.Should().Contain("6 error(s)").And.Contain(e.Errors[0]);
    }

    [Fact]
    public void Load_ManyErrors_AreCappedAt100()
    {
        var json = TestDataset.Mutate(root => root["pillars"]![0]!["aliases"] = new JsonArray(Enumerable.Range(0, 150).Select(_ => (JsonNode?)JsonValue.Create(" ")).ToArray()));

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().HaveCount(100);
        e.Message.Should().Contain("at least 100");
    }

    private static JsonNode Node(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Split('.').Skip(1))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0
                ? node[part]!
                : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    private static void Break(JsonNode root, string caseName)
    {
        var sources = root["sources"]!.AsArray();
        var pillars = root["pillars"]!.AsArray();
        var org = root["organization"]!;
        switch (caseName)
        {
            case "duplicate-item-id": pillars[1]!["id"] = pillars[0]!["id"]!.GetValue<string>(); break;
            case "duplicate-source-id": sources[1]!["id"] = sources[0]!["id"]!.GetValue<string>(); break;
            case "item-id-same-as-source-id": pillars[0]!["id"] = "src-wco-gnc"; break;
            case "value-id-same-as-organization-id": org["values"]![0]!["id"] = org["id"]!.GetValue<string>(); break;
            case "relation-to-a-source": root["relations"]![0]!["to"] = "src-wco-gnc"; break;
            case "uppercase-id": pillars[9]!["id"] = "Pillar-Integrity"; break;
            case "wrong-prefix": pillars[0]!["id"] = "objective-network"; break;
            case "prefix-only": root["roles"]![0]!["id"] = "role-"; break;
            case "source-without-src": sources[0]!["id"] = "seed-bestcargo"; break;
            case "unknown-source-reference": pillars[0]!["sources"]!.AsArray().Add("src-nowhere"); break;
            case "no-sources": root["roles"]![0]!["sources"] = new JsonArray(); break;
            case "unknown-status": pillars[0]!["status"] = "certain"; break;
            case "unknown-plan-status": root["objectives"]![0]!["planEditionStatus"] = "likely"; break;
            case "unknown-qualifier": org["worldTradeShare"]!["qualifier"] = "roughly"; break;
            case "unknown-source-kind": sources[0]!["kind"] = "blog"; break;
            case "bad-date": root["asOf"] = "2025-13-01"; break;
            case "bad-figure-date": org["membership"]![0]!["asOf"] = "1953-1-26"; break;
            case "date-before-1900": org["history"]![0]!["date"] = "1899"; break;
            case "figure-after-as-of": org["secretariatStaff"]![0]!["asOf"] = "2099"; break;
            case "objective-number-twice": root["objectives"]![1]!["number"] = 1; break;
            case "objective-number-out-of-range": root["objectives"]![8]!["number"] = 10; break;
            case "pillar-number-zero": pillars[0]!["number"] = 0; break;
            case "uncited-source": sources.Add(new JsonObject { ["id"] = "src-uncited", ["title"] = "T", ["publisher"] = "P", ["url"] = "https://example.org/", ["kind"] = "secondary", ["asOf"] = null }); break;
            case "missing-milestone": RemoveWhere(org["history"]!.AsArray(), m => m!["key"]!.GetValue<string>() == "first-council-session"); break;
            case "history-out-of-order": org["history"]![1]!["date"] = "1900"; break;
            case "membership-out-of-order": org["membership"]![1]!["asOf"] = "1900"; break;
            case "negative-figure": org["secretariatStaff"]![0]!["value"] = -1; break;
            case "padded-title": pillars[0]!["title"] = " Globally Networked Customs"; break;
            case "empty-alias": pillars[0]!["aliases"]![0] = ""; break;
            case "no-missions": org["missions"] = new JsonArray(); break;
            case "relative-url": sources[0]!["url"] = "/about-the-world-customs-organization.html"; break;
            default: throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "Unknown case.");
        }
    }

    private static void RemoveWhere(JsonArray array, Func<JsonNode?, bool> match)
    {
        var index = array.ToList().FindIndex(n => match(n));
        index.Should().BeGreaterThanOrEqualTo(0);
        array.RemoveAt(index);
    }
}
