using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests;

/// <summary>
/// <c>--lang</c> and <c>WCO_LANG</c>: item titles in the language asked for, by the library's <see cref="IKnowledgeItem.TitleIn"/>,
/// English where it has none (marked), labels in English; a malformed tag is a usage error.
/// </summary>
public sealed class LanguageTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    // A building block with no French title, and one with a French title, as the dataset has them.
    private static readonly Pillar _untranslated = _kb.Pillars.First(pillar => pillar.TranslationIn("fr") is null);
    private static readonly Pillar _translated = _kb.Pillars.First(pillar => pillar.TranslationIn("fr") is not null);

    private static WcoResult WithEnvironment(string variable, string value, params string[] args) =>
        Wco.Run(args, new Dictionary<string, string?> { [variable] = value }, terminal: false);

    [Fact]
    public void Show_MemberDE_InFrench_IsTitledAllemagne_WithItsEnglishTitleAndTheTranslationsStatusAndSources()
    {
        var germany = _kb.GetMember("DE");
        var french = germany.TranslationIn("fr")!;
        var result = Wco.Line("show member DE --lang fr").ShouldSucceed();

        result.Lines[0].Should().Be("Allemagne");
        result.Stdout.Should().Contain("  English title  Germany\n");
        result.Stdout.Should().Contain($"Translations (1)\n  - fr: Allemagne [{DatasetWords.Word(french.Status)}]\n");
        foreach (var source in french.Sources)
        {
            result.Stdout.Should().Contain(source.Title.Split(' ')[0], "the translation's sources are named under it");
        }

        result.Stdout.Should().NotContain("*", "nothing fell back to English");
    }

    [Fact]
    public void Show_WithoutLang_IsInEnglish_AndStillListsEveryTranslation()
    {
        var result = Wco.Line("show member DE").ShouldSucceed();

        result.Lines[0].Should().Be("Germany");
        result.Stdout.Should().NotContain("English title", "the title is the English one");
        result.Stdout.Should().Contain("Translations (1)\n  - fr: Allemagne");
    }

    [Fact]
    public void Show_ItemWithoutATitleInTheLanguage_SaysItIsTheEnglishOne()
    {
        var result = Wco.Run("show", _untranslated.Id, "--lang", "fr").ShouldSucceed();

        result.Lines[0].Should().Be($"{_untranslated.Title} (English; no 'fr' title)");
        result.Stdout.Should().NotContain("English title").And.NotContain("Translations (");
    }

    [Fact]
    public void Show_ARegionalTag_FallsBackToItsLanguage_AsTheLibraryDoes()
    {
        Wco.Line("show member DE --lang fr-CA").ShouldSucceed().Lines[0].Should().Be("Allemagne");
        Wco.Line("show member DE --lang FR").ShouldSucceed().Lines[0].Should().Be("Allemagne", "case does not matter");
        Wco.Line("show member DE --lang en-GB").ShouldSucceed().Lines[0].Should().Be("Germany");
        Wco.Line("show member DE --lang de").ShouldSucceed().Lines[0].Should().Be("Germany (English; no 'de' title)");
    }

    [Fact]
    public void Show_PrintsTheWikidataLink_WithItsStatusAndSources()
    {
        var link = _kb.GetMember("DE").Wikidata!;
        var result = Wco.Line("show member DE").ShouldSucceed();

        result.Stdout.Should().Contain($"  wikidata       Q183 https://www.wikidata.org/wiki/Q183 [{DatasetWords.Word(link.Status)}]\n");
        result.Stdout.Should().Contain("[" + link.Sources[0].Title.Split(' ')[0]);
        Wco.Line("show organization-wco").ShouldSucceed().Stdout.Should().Contain($"  wikidata       {_kb.Organization.WikidataId} {_kb.Organization.Wikidata!.Url}");
        Wco.Run("show", _untranslated.Id).ShouldSucceed().Stdout.Should().NotContain("wikidata", "the building blocks have no Wikidata link");
    }

    [Fact]
    public void WcoLang_ChoosesTheLanguage_WhenLangIsNotGiven()
    {
        WithEnvironment("WCO_LANG", "fr", "show", "member", "DE").ShouldSucceed().Lines[0].Should().Be("Allemagne");
        WithEnvironment("WCO_LANG", "fr", "show", "member", "DE", "--lang", "en").ShouldSucceed().Lines[0].Should().Be("Germany", "--lang wins");
        WithEnvironment("WCO_LANG", string.Empty, "show", "member", "DE").ShouldSucceed().Lines[0].Should().Be("Germany", "an empty variable is unset");
    }

    [Theory]
    [InlineData("fr_FR")]
    [InlineData("f")]
    [InlineData("français")]
    [InlineData("")]
    public void Lang_NotALanguageTag_IsAUsageError(string tag)
    {
        var result = Wco.Run("show", "member", "DE", "--lang", tag).ShouldFail(2);

        result.Stderr.Should().StartWith($"wco: --lang: '{tag}' is not a language tag.\n").And.Contain("fr-CA");
    }

    [Fact]
    public void WcoLang_NotALanguageTag_IsAUsageError_NamingTheVariable()
    {
        var result = WithEnvironment("WCO_LANG", "fr_FR", "list", "pillars").ShouldFail(2);

        result.Stderr.Should().StartWith("wco: WCO_LANG (environment variable): 'fr_FR' is not a language tag.\n");
        WithEnvironment("WCO_LANG", "fr_FR", "list", "pillars", "--lang", "fr").ShouldSucceed();
        // A command that prints no item titles does not read it.
        WithEnvironment("WCO_LANG", "fr_FR", "sources").ShouldSucceed();
    }

    [Theory]
    [InlineData("sources --lang fr")]
    [InlineData("export --format csv --lang fr")]
    public void CommandsWithoutItemTitlesInALanguage_RefuseLang(string commandLine)
    {
        Wco.Line(commandLine).ShouldFail(2);
    }

    [Fact]
    public void List_InFrench_TitlesEachItemByTheLibrary_AndMarksTheEnglishOnesOnce()
    {
        var result = Wco.Line("list pillars --lang fr").ShouldSucceed();

        foreach (var pillar in _kb.Pillars)
        {
            var title = pillar.TitleIn("fr");
            result.Stdout.Should().Contain($". {title.Text}{(title.IsFallback ? " *" : string.Empty)}");
        }

        result.Stdout.Should().Contain($". {_translated.TitleIn("fr").Text}");
        result.Lines.Count(line => line.StartsWith("* ", System.StringComparison.Ordinal)).Should().Be(1);
        result.Stdout.Should().EndWith("\n* No 'fr' title in the dataset: the English title is shown.\n");
        Wco.Line("list members --lang fr").ShouldSucceed().Stdout.Should().Contain(". Allemagne\n").And.NotContain("* No 'fr'", "every Member has a French name");
    }

    [Fact]
    public void List_InEnglish_HasNoMarks()
    {
        var result = Wco.Line("list pillars").ShouldSucceed();

        result.Stdout.Should().NotContain(" *").And.NotContain("No 'en' title");
        result.Stdout.Should().Contain($". {_translated.Title}");
    }

    [Fact]
    public void Search_Belgique_FindsBelgiumFirst_ByItsFrenchName()
    {
        var json = Wco.Line("search Belgique --json").ShouldSucceed().Json();
        var first = json.GetProperty("hits")[0];

        first.GetProperty("item").GetProperty("id").GetString().Should().Be("member-belgium");
        first.GetProperty("field").GetString().Should().Be("translation");
        first.GetProperty("matchedText").GetString().Should().Be("Belgique");

        var english = Wco.Line("search Belgique").ShouldSucceed();
        english.Lines[1].Should().Be("   1. Belgium");
        english.Lines[3].Should().Be("      matched translation: \"Belgique\"");
    }

    [Fact]
    public void Search_InFrench_TitlesTheHitsInFrench()
    {
        var result = Wco.Line("search Allemagne --lang fr").ShouldSucceed();

        result.Lines[1].Should().Be("   1. Allemagne");
        var mixed = Wco.Line("search risk --lang fr --kind pillar -n 3").ShouldSucceed();
        foreach (var hit in _kb.Search("risk", new SearchOptions { Kind = KnowledgeKind.Pillar, Limit = 3 }))
        {
            var title = hit.Item.TitleIn("fr");
            mixed.Stdout.Should().Contain($". {title.Text}{(title.IsFallback ? " *" : string.Empty)}\n");
        }
    }

    [Fact]
    public void Facts_PrintTheNewestCustomsDayTheme_InTheLanguageWhereThereIsOne()
    {
        var newest = _kb.Organization.CustomsDayThemes[^1];
        var year = newest.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var english = Wco.Line("facts").ShouldSucceed().Stdout;
        english.Should().Contain("\nInternational Customs Day\n  Theme " + year);
        english.Should().Contain(newest.Theme.Split(' ')[0] + " " + newest.Theme.Split(' ')[1]);
        english.Should().NotContain("wording)");

        var french = newest.ThemeIn("fr");
        var inFrench = Wco.Line("facts --lang fr").ShouldSucceed().Stdout;
        inFrench.Should().Contain(french.Text.Split(' ')[0] + " " + french.Text.Split(' ')[1]);
        if (french.IsFallback)
        {
            inFrench.Should().Contain("(English; no 'fr' wording)");
        }
    }

    [Fact]
    public void Json_Show_HasTheLanguage_AndTheLibrarysLocalizedTitle()
    {
        var germany = _kb.GetMember("DE");
        var json = Wco.Line("show member DE --lang fr-CA --json").ShouldSucceed().Json();

        json.GetProperty("language").GetString().Should().Be("fr-CA");
        Library.Compact(json.GetProperty("title")).Should().Be(Library.Json(germany.TitleIn("fr-CA")));
        json.GetProperty("title").GetProperty("text").GetString().Should().Be("Allemagne");
        json.GetProperty("title").GetProperty("language").GetString().Should().Be("fr");
        Library.Compact(json.GetProperty("item")).Should().Be(Library.Json<IKnowledgeItem>(germany), "the item itself is the library's object, translations included");

        var english = Wco.Line("show member DE --json").ShouldSucceed().Json();
        english.GetProperty("language").GetString().Should().Be("en");
        english.GetProperty("title").GetProperty("isFallback").GetBoolean().Should().BeFalse();
    }

    [Theory]
    [InlineData("show member DE --json")]
    [InlineData("show organization-wco --json")]
    public void Json_Show_ResolvesTheSourcesOfTranslationsAndTheWikidataLink(string commandLine)
    {
        var json = Wco.Line(commandLine).ShouldSucceed().Json();
        var resolved = json.GetProperty("sources").EnumerateArray().Concat(json.GetProperty("relatedSources").EnumerateArray())
            .Select(s => s.GetProperty("id").GetString()).ToList();
        var item = json.GetProperty("item");
        var cited = item.GetProperty("translations").EnumerateObject().SelectMany(t => t.Value.GetProperty("sources").EnumerateArray())
            .Concat(item.GetProperty("wikidata").GetProperty("sources").EnumerateArray())
            .Select(id => id.GetString()).ToList();

        cited.Should().NotBeEmpty();
        resolved.Should().OnlyHaveUniqueItems();
        cited.Should().OnlyContain(id => resolved.Contains(id));
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("list --json")]
    [InlineData("list pillars --json")]
    [InlineData("search kyoto --json")]
    [InlineData("facts --json")]
    [InlineData("facts --as-of 2010 --json")]
    public void Json_Wrappers_NameTheLanguage(string commandLine)
    {
        Wco.Line(commandLine).ShouldSucceed().Json().GetProperty("language").GetString().Should().Be("en");
        Wco.Line(commandLine + " --lang fr").ShouldSucceed().Json().GetProperty("language").GetString().Should().Be("fr");
    }

    [Fact]
    public void Overview_InFrench_TitlesTheItemsOfEachKind()
    {
        var result = Wco.Line("--lang fr").ShouldSucceed();

        result.Stdout.Should().Contain(_kb.Members[0].TitleIn("fr").Text);
        result.Lines[0].Should().Be($"{_kb.Organization.Title} ({_kb.Organization.Abbreviation})", "headings stay English");
    }
}
