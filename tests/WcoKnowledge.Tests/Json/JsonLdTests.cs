using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Json;

/// <summary>
/// WcoJson.WriteJsonLd: well-formed JSON-LD in the schema.org vocabulary, checked against the schema.org types it uses
/// (each property is one that schema.org defines for the node's type or a type it inherits from), with every reference
/// resolving and every Wikidata link well-formed.
/// </summary>
public class JsonLdTests
{
    // The properties schema.org defines for each type used, including those inherited (Thing → CreativeWork →
    // Legislation/Dataset; Thing → Organization → GovernmentOrganization; Thing → Place → AdministrativeArea → Country;
    // Thing → Person), limited to the ones this writer may use. From schema.org's type pages.
    private static readonly string[] Thing = { "@id", "@type", "name", "alternateName", "description", "identifier", "sameAs" };

    private static readonly Dictionary<string, string[]> Properties = new(StringComparer.Ordinal)
    {
        ["Dataset"] = Thing.Concat(new[] { "version", "dateModified", "inLanguage", "about" }).ToArray(),
        ["GovernmentOrganization"] = Thing.Concat(new[] { "legalName", "foundingDate", "address", "areaServed" }).ToArray(),
        ["Country"] = Thing,
        ["Legislation"] = Thing.Concat(new[] { "legislationDate", "legislationType", "legislationDateOfApplicability", "legislationLegalForce", "dateCreated" }).ToArray(),
        ["CreativeWork"] = Thing.Concat(new[] { "dateCreated" }).ToArray(),
        ["Person"] = Thing.Concat(new[] { "jobTitle", "nationality", "worksFor" }).ToArray(),
    };

    private static readonly string[] Keywords = { "@context", "@graph", "@id", "@type", "@value", "@language" };

    private static readonly JsonObject Document = Write(WcoKnowledgeBase.Default);

    private static JsonArray Graph => Document["@graph"]!.AsArray();

    private static JsonObject Write(IWcoKnowledgeBase kb)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WcoJson.WriteJsonLd(writer, kb);
        }

        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }

    [Fact]
    public void Document_IsAGraphInTheSchemaOrgVocabulary()
    {
        Document.Select(p => p.Key).Should().Equal("@context", "@graph");
        Document["@context"]!.GetValue<string>().Should().Be("https://schema.org");
        Graph.Should().OnlyContain(n => n is JsonObject);
    }

    [Fact]
    public void EveryNode_HasAUniqueIriAndATypeItsPropertiesBelongTo()
    {
        var ids = Graph.Select(n => n!["@id"]!.GetValue<string>()).ToList();
        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => Uri.IsWellFormedUriString(id, UriKind.Absolute));

        foreach (var node in Graph.Select(n => n!.AsObject()))
        {
            var type = node["@type"]!.GetValue<string>();
            Properties.Should().ContainKey(type);
            node.Select(p => p.Key).Should().BeSubsetOf(Properties[type], "{0} is a schema.org {1}", node["@id"], type);
        }
    }

    [Fact]
    public void Graph_HasTheOrganizationEveryMemberAndTheConventions()
    {
        var kb = WcoKnowledgeBase.Default;
        Nodes("GovernmentOrganization").Should().ContainSingle().Which["sameAs"]!.GetValue<string>().Should().Be("https://www.wikidata.org/wiki/Q605326");
        Nodes("Country").Should().HaveCount(kb.Members.Count).And.OnlyContain(n => n["sameAs"] != null);
        Nodes("Legislation").Should().HaveCount(kb.Instruments.Count(i => i.InstrumentKind == InstrumentKind.Convention));
        Nodes("Person").Should().HaveCount(kb.SecretariesGeneral.Count);
    }

    [Fact]
    public void Germany_HasItsNamesInBothLanguages_ItsIsoCodes_AndItsWikidataPage()
    {
        var germany = Graph.Single(n => n!["@id"]!.GetValue<string>() == "urn:wcoknowledge:member-germany")!;

        germany["name"]!.AsArray().Select(v => (v!["@value"]!.GetValue<string>(), v["@language"]!.GetValue<string>()))
            .Should().Equal(("Germany", "en"), ("Allemagne", "fr"));
        germany["identifier"]!.AsArray().OfType<JsonObject>().Select(i => i["value"]!.GetValue<string>()).Should().Equal("DE", "DEU");
        germany["sameAs"]!.GetValue<string>().Should().Be("https://www.wikidata.org/wiki/Q183");
    }

    [Fact]
    public void EveryReference_ResolvesToANodeOrASchemaOrgEnumerationMember()
    {
        var ids = Graph.Select(n => n!["@id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var references = Graph.SelectMany(n => Values(n!)).OfType<JsonObject>().Where(o => o.Count == 1 && o["@id"] != null)
            .Select(o => o["@id"]!.GetValue<string>()).ToList();

        references.Should().HaveCountGreaterThan(187);
        references.Should().OnlyContain(r => ids.Contains(r) || r.StartsWith("https://schema.org/", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryValueObject_IsAStringWithAWellFormedLanguage_AndEverySameAsIsAWikidataPage()
    {
        var valueObjects = Graph.SelectMany(n => Values(n!)).OfType<JsonObject>().Where(o => o["@value"] != null).ToList();

        valueObjects.Should().OnlyContain(o => o.Count == 2 && o["@value"]!.GetValue<string>().Length > 0
            && LanguageTags.IsWellFormed(o["@language"]!.GetValue<string>()));
        Graph.Select(n => n!["sameAs"]).OfType<JsonValue>().Select(v => v.GetValue<string>())
            .Should().OnlyContain(u => System.Text.RegularExpressions.Regex.IsMatch(u, "^https://www\\.wikidata\\.org/wiki/Q[1-9][0-9]*$"));
    }

    [Fact]
    public void OnlyJsonLdKeywordsThatTheWriterMeansToUse_Appear()
    {
        var keys = new List<string>();
        Collect(Document, keys);

        keys.Where(k => k.StartsWith('@')).Distinct().Should().BeSubsetOf(Keywords);
    }

    [Fact]
    public void WriteJsonLd_NullArguments_Throw()
    {
        using var writer = new Utf8JsonWriter(Stream.Null);
        ((Action)(() => WcoJson.WriteJsonLd(null!, WcoKnowledgeBase.Default))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => WcoJson.WriteJsonLd(writer, null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    private static List<JsonObject> Nodes(string type) => Graph.Select(n => n!.AsObject()).Where(n => n["@type"]!.GetValue<string>() == type).ToList();

    // Every value under a node, arrays flattened, nested objects included.
    private static IEnumerable<JsonNode?> Values(JsonNode node)
    {
        foreach (var (_, value) in node.AsObject())
        {
            if (value is JsonArray array)
            {
                foreach (var element in array)
                {
                    yield return element;
                }
            }
            else
            {
                yield return value;
            }
        }
    }

    private static void Collect(JsonNode? node, List<string> keys)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    keys.Add(key);
                    Collect(value, keys);
                }

                break;
            case JsonArray a:
                foreach (var e in a)
                {
                    Collect(e, keys);
                }

                break;
        }
    }
}
