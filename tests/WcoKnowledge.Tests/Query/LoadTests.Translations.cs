using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>Format 4's members as the loader checks them: translations keyed by language tag, Wikidata links, Customs Day themes.</summary>
public class LoadTranslationTests
{
    private static JsonObject Fr(string title, string source = "src-wco-history") => new()
    {
        ["title"] = title, ["aliases"] = new JsonArray(), ["status"] = "confirmed", ["statusNote"] = null, ["sources"] = new JsonArray(source),
    };

    private static JsonNode Pillar(JsonNode root) => root["pillars"]![0]!;

    [Fact]
    public void Load_TranslationOnAnyItem_IsReadWithItsSources()
    {
        var kb = TestDataset.Load(TestDataset.Mutate(root => Pillar(root)["translations"] = new JsonObject { ["fr-BE"] = Fr("Un titre") }));

        var t = kb.GetPillar(1).TranslationIn("fr-BE")!;
        t.Title.Should().Be("Un titre");
        t.Sources.Should().ContainSingle().Which.Id.Should().Be("src-wco-history");
        kb.GetPillar(1).TitleIn("fr").IsFallback.Should().Be(kb.GetPillar(1).Translations.Count == 1, "fr-BE does not answer plain fr");
        kb.Languages.Should().Contain("fr-BE");
    }

    [Theory]
    [InlineData("fr_FR", "is not a BCP 47 language tag")]
    [InlineData("en", "English is the item's own title")]
    [InlineData("en-GB", "English is the item's own title")]
    public void Load_BadTranslationKey_IsRefusedAtItsPath(string key, string problem)
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => Pillar(root)["translations"] = new JsonObject { [key] = Fr("x") }));

        e.Errors.Should().ContainSingle().Which.Should().StartWith($"$.pillars[0].translations.{key}: ").And.Contain(problem);
    }

    [Fact]
    public void Load_TranslationKeysDifferingOnlyInCase_AreRefusedAsWrittenTwice()
    {
        var json = TestDataset.Mutate(root => Pillar(root)["translations"] = new JsonObject { ["fr"] = Fr("a"), ["FR"] = Fr("b") });

        var e = TestDataset.LoadFails(json);

        e.Message.Should().Contain("written twice");
        e.Path.Should().Be("$.pillars[0].translations.FR");
    }

    [Fact]
    public void Load_TranslationCitingAnUndefinedSource_IsRefused()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => Pillar(root)["translations"] = new JsonObject { ["fr"] = Fr("x", "src-nowhere") }));

        e.Errors.Should().ContainSingle().Which.Should().StartWith("$.pillars[0].translations.fr.sources[0]:");
    }

    [Fact]
    public void Load_TranslationWithUnknownMember_IsRefused()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root =>
        {
            var fr = Fr("x");
            fr["summary"] = "not part of a translation";
            Pillar(root)["translations"] = new JsonObject { ["fr"] = fr };
        }));

        e.Path.Should().Be("$.pillars[0].translations.fr.summary");
    }

    [Theory]
    [InlineData("183")]
    [InlineData("Q0183")]
    [InlineData("q183")]
    [InlineData("P31")]
    public void Load_BadWikidataId_IsRefused(string id)
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => Pillar(root)["wikidata"] = new JsonObject
        {
            ["id"] = id, ["status"] = "secondary", ["sources"] = new JsonArray("src-wco-history"),
        }));

        e.Errors.Should().ContainSingle().Which.Should().StartWith("$.pillars[0].wikidata.id:").And.Contain("Wikidata item id");
    }

    [Fact]
    public void Load_Format4WithoutCustomsDayThemes_SaysTheListIsRequired()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["organization"]!.AsObject().Remove("customsDayThemes")));

        // (The themes' sources are then cited by nothing, which is reported too.)
        e.Errors.Should().Contain("$.organization.customsDayThemes: the required member 'customsDayThemes' is missing (an empty list is valid).");
    }

    [Fact]
    public void Load_CustomsDayThemesOutOfOrder_AreRefused()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root =>
        {
            var themes = root["organization"]!["customsDayThemes"]!.AsArray();
            var first = themes[0]!.DeepClone();
            themes.Add(first);
        }));

        e.Errors.Should().ContainSingle().Which.Should().Contain("oldest first");
    }

    [Fact]
    public void Load_Format3File_IsRefusedWithTheConversion()
    {
        // ReleasedDatasetTests applies the conversion to a format 2 file, which includes format 3's step.
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["formatVersion"] = 3));

        e.Errors.Should().ContainSingle().Which.Should().Contain("format version 3 is not supported")
            .And.Contain("set formatVersion to 4 and add \"customsDayThemes\": [] to the organization");
    }
}
