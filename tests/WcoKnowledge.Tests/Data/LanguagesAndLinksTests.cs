using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>
/// Data 1.5.0 (issue 22): a cited French name and a Wikidata id for every Member, French titles only where a source
/// gives one, the hand-checked Wikidata mappings, and International Customs Day themes by year.
/// </summary>
public class LanguagesAndLinksTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void EveryMember_HasACitedFrenchName()
    {
        Kb.Members.Should().HaveCount(187).And.OnlyContain(m => m.TranslationIn("fr") != null);
        Kb.Members.Select(m => m.TranslationIn("fr")!).Should().OnlyContain(t => t.Sources.Count > 0 && t.Language == "fr");
    }

    [Theory]
    [InlineData("DE", "Allemagne")]
    [InlineData("BE", "Belgique")]
    [InlineData("NL", "Pays-Bas")]
    [InlineData("CI", "Côte d’Ivoire")]
    [InlineData("HK", "Hong Kong, Chine")]
    [InlineData("MO", "Macao, Chine")]
    [InlineData("CW", "Curaçao")]
    public void MemberFrenchNames_AreCldrsOrTheOfficialSpelling(string code, string french)
    {
        Kb.GetMember(code).TitleIn("fr").Text.Should().Be(french);
    }

    [Fact]
    public void MemberFrenchNames_FromCldr_CiteCldr48()
    {
        var cldr = Kb.GetSource("src-cldr-48-territories-fr");

        cldr.Title.Should().Contain("CLDR 48");
        Kb.Members.Count(m => m.TranslationIn("fr")!.Sources.Contains(cldr)).Should().BeGreaterThan(180);
        Kb.GetItem<Member>("member-kosovo").TitleIn("fr").Text.Should().Be("Kosovo", "Kosovo has no ISO 3166-1 code; CLDR names it under XK");
    }

    [Fact]
    public void EveryMember_HasADistinctCitedWikidataId()
    {
        Kb.Members.Should().OnlyContain(m => m.Wikidata != null && m.Wikidata.Sources.Count > 0);
        Kb.Members.Select(m => m.WikidataId).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("DE", "Q183")]
    [InlineData("BE", "Q31")]
    [InlineData("FR", "Q142")]
    [InlineData("NL", "Q55")] // the country, not the Kingdom (Q29999) the mapping table gives
    [InlineData("HK", "Q8646")]
    [InlineData("MO", "Q14773")]
    [InlineData("PS", "Q219060")]
    [InlineData("CW", "Q25279")]
    public void WikidataIds_CheckedByHand_PointAtTheMember(string code, string id)
    {
        var link = Kb.GetMember(code).Wikidata!;

        link.Id.Should().Be(id);
        link.Url.Should().Be("https://www.wikidata.org/wiki/" + id);
    }

    [Fact]
    public void Kosovo_WithoutAnIsoCode_HasItsWikidataId()
    {
        Kb.GetItem<Member>("member-kosovo").WikidataId.Should().Be("Q1246");
    }

    [Fact]
    public void Netherlands_WikidataIdIsMarkedAsAHandCorrection()
    {
        var link = Kb.GetMember("NL").Wikidata!;

        link.Status.Should().Be(FactStatus.Inferred);
        link.StatusNote.Should().Contain("Q29999");
    }

    [Fact]
    public void Organization_HasItsWikidataIdAndFrenchName()
    {
        Kb.Organization.WikidataId.Should().Be("Q605326");
        Kb.Organization.TitleIn("fr").Text.Should().Be(Kb.Organization.FrenchName);
        Kb.Organization.TranslationIn("fr")!.Aliases.Should().Contain("OMD");
    }

    [Fact]
    public void KyotoConvention_KeepsBothFrenchWordingsWithTheirSources()
    {
        // The treaty text says "pour la simplification", the WCO topic page "sur la simplification": title and alias.
        var kyoto = Kb.GetItem("instrument-kyoto-convention").TranslationIn("fr")!;
        kyoto.Title.Should().Be("Convention internationale pour la simplification et l'harmonisation des régimes douaniers");
        kyoto.Aliases.Should().Contain("Convention internationale sur la simplification et l'harmonisation des régimes douaniers");
        kyoto.Sources.Select(s => s.Id).Should().Contain("src-wco-fr-rkc-protocol-of-amendment").And.Contain("src-wco-fr-rkc-topic");

        var revised = Kb.GetItem("instrument-revised-kyoto-convention").TranslationIn("fr")!;
        revised.Aliases.Should().Contain("CKR").And.Contain("Convention de Kyoto révisée");
    }

    [Fact]
    public void FrenchTitles_WithOnlyThirdPartySources_AreNotConfirmed()
    {
        var translations = Kb.Items.SelectMany(i => i.Translations);

        translations.Where(t => t.Sources.All(s => s.Kind == SourceKind.Secondary))
            .Should().OnlyContain(t => t.Status != FactStatus.Confirmed, "'confirmed' needs a WCO page or the treaty's own text");
    }

    [Fact]
    public void CustomsDayThemes_2020To2026_AreCitedOncePerYear()
    {
        var themes = Kb.Organization.CustomsDayThemes;

        themes.Select(t => t.Year).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.Contain(Enumerable.Range(2020, 7));
        themes.Should().OnlyContain(t => t.Sources.Count > 0 && t.Theme.Length > 0);
        themes[themes.Count - 1].Year.Should().Be(2026);
        themes[themes.Count - 1].Theme.Should().Be("Customs protecting society through vigilance and commitment");
        themes.Single(t => t.Year == 2025).Theme.Should().Be("Customs Delivering on its Commitment to Efficiency, Security and Prosperity");
    }

    [Fact]
    public void CustomsDayTheme_WithoutAFrenchWording_FallsBackToEnglish()
    {
        var theme = Kb.Organization.CustomsDayThemes.Single(t => t.Year == 2026);

        theme.ThemeIn("fr").IsFallback.Should().Be(theme.Translations.Count == 0);
        theme.ThemeIn("en").Text.Should().Be(theme.Theme);
        theme.ToString().Should().StartWith("2026: ");
    }

    [Fact]
    public void GetRelatedSources_NamesWhatTheTranslationAndWikidataLinkCite_NotTheItemsOwn()
    {
        var germany = Kb.GetMember("DE");

        var related = Kb.GetRelatedSources(germany);

        related.Select(s => s.Id).Should().Contain("src-cldr-48-territories-fr").And.Contain("src-owid-countries-regions").And.OnlyHaveUniqueItems();
        related.Should().NotIntersectWith(germany.Sources);
        var hs = Kb.GetItem("instrument-hs-convention");
        Kb.GetRelatedSources(hs).Should().Contain(Kb.GetRelations(hs.Id).SelectMany(r => r.Sources).Except(hs.Sources));
    }

    [Fact]
    public void GetRelatedSources_ItemOfAnotherKnowledgeBase_Throws()
    {
        var other = WcoKnowledgeBase.Load(new MemoryStream(File.ReadAllBytes(TestSupport.TestDataset.FilePath)));

        ((Action)(() => Kb.GetRelatedSources(other.GetMember("DE")))).Should().ThrowExactly<ArgumentException>();
        ((Action)(() => Kb.GetRelatedSources(null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void CoverageTable_InDocsLanguages_IsTheData()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs", "languages.md");
        var rows = File.ReadAllLines(docs).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Kind", StringComparison.Ordinal)).ToList();

        var expected = Enum.GetValues<KnowledgeKind>().Select(kind =>
        {
            var items = Kb.GetItems(kind);
            var fr = items.Select(i => i.TranslationIn("fr")).Where(t => t != null).Select(t => t!.Status).ToList();
            return $"| {KnowledgeKinds.Word(kind)} | {fr.Count} / {items.Count} | {fr.Count(s => s == FactStatus.Confirmed)} | "
                + $"{fr.Count(s => s == FactStatus.Secondary)} | {fr.Count(s => s == FactStatus.Inferred)} | {items.Count(i => i.Wikidata != null)} / {items.Count} |";
        });

        rows.Should().BeEquivalentTo(expected);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WcoKnowledge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with WcoKnowledge.sln) is not above the test's directory.");
    }
}
