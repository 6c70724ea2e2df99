using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>
/// The language API (issue 22): TitleIn and TranslationIn with .NET resource-style fallback on tag strings, the tag
/// rule of LanguageTags, and the choice of a language from a user's preferences. Culture-free by design; the AOT smoke
/// app runs the same calls under InvariantGlobalization.
/// </summary>
public class LanguageTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Theory]
    [InlineData("fr", "Allemagne", "fr", false)]
    [InlineData("FR", "Allemagne", "fr", false)]
    [InlineData("fr-CA", "Allemagne", "fr", false)]
    [InlineData("fr-Latn-BE", "Allemagne", "fr", false)]
    [InlineData("en", "Germany", "en", false)]
    [InlineData("en-GB", "Germany", "en", false)]
    [InlineData("de", "Germany", "en", true)]
    [InlineData("frr", "Germany", "en", true)] // North Frisian is not French: subtags match whole
    public void TitleIn_FallsBackFromTheTagToItsParentsThenEnglish(string tag, string text, string language, bool fallback)
    {
        var title = Kb.GetMember("DE").TitleIn(tag);

        title.Text.Should().Be(text);
        title.Language.Should().Be(language);
        title.IsFallback.Should().Be(fallback);
        title.RequestedLanguage.Should().Be(tag);
        title.ToString().Should().Be(text);
        (title.Translation is null).Should().Be(language == "en");
    }

    [Fact]
    public void TitleIn_ItemWithoutAFrenchTitle_SaysItFellBack()
    {
        var vision = Kb.Organization.Vision;
        vision.Translations.Should().BeEmpty("no WCO French text of the vision was found, and none is made up");

        var title = vision.TitleIn("fr");

        title.Text.Should().Be(vision.Title);
        title.IsFallback.Should().BeTrue();
        title.Language.Should().Be("en");
        vision.TranslationIn("fr").Should().BeNull();
    }

    [Fact]
    public void TranslationIn_GivesTheCitedTranslationWithItsAliases()
    {
        var hk = Kb.GetMember("HK").TranslationIn("fr-FR")!;

        hk.Language.Should().Be("fr");
        hk.Title.Should().Be("Hong Kong, Chine");
        hk.Aliases.Should().Contain("Hong Kong");
        hk.Sources.Should().NotBeEmpty();
        hk.ToString().Should().Be("fr: Hong Kong, Chine");
    }

    [Theory]
    [InlineData("")]
    [InlineData("f")]
    [InlineData("fr_CA")]
    [InlineData("fr-")]
    [InlineData("-fr")]
    [InlineData("fr--CA")]
    [InlineData("fr-toolongsubtag")]
    [InlineData("français")]
    [InlineData("1fr")]
    public void TitleIn_MalformedTag_ThrowsArgumentExceptionThatSaysWhatATagIs(string tag)
    {
        var act = () => Kb.GetMember("DE").TitleIn(tag);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("language").WithMessage("*BCP 47*'fr'*");
        LanguageTags.IsWellFormed(tag).Should().BeFalse();
    }

    [Fact]
    public void TitleIn_Null_ThrowsArgumentNullException()
    {
        var act = () => Kb.GetMember("DE").TitleIn(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("language");
        ((Action)(() => Kb.Organization.CustomsDayThemes[0].ThemeIn(null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("fr-CA", true)]
    [InlineData("zh-Hant-HK", true)]
    [InlineData("sr-Latn-RS", true)]
    [InlineData("es-419", true)]
    [InlineData(null, false)]
    [InlineData("fr CA", false)]
    [InlineData("*", false)]
    public void IsWellFormed_FollowsTheFormOfBcp47(string? tag, bool expected)
    {
        LanguageTags.IsWellFormed(tag).Should().Be(expected);
    }

    [Fact]
    public void FallbackChain_DropsOneSubtagAtATime()
    {
        LanguageTags.FallbackChain("fr-Latn-CA").Should().Equal("fr-Latn-CA", "fr-Latn", "fr");
        LanguageTags.FallbackChain("fr").Should().Equal("fr");
        ((Action)(() => LanguageTags.FallbackChain("fr_CA"))).Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void Languages_AreEnglishThenTheTranslations()
    {
        Kb.Languages.Should().Equal("en", "fr");
    }

    [Theory]
    [InlineData(new[] { "fr" }, "fr", "fr", false)]
    [InlineData(new[] { "fr-CH", "en" }, "fr", "fr-CH", false)]
    [InlineData(new[] { "de", "fr-CA" }, "fr", "fr-CA", false)]
    [InlineData(new[] { "de", "en", "fr" }, "en", "en", false)]
    [InlineData(new[] { "*" }, "en", "en", false)]
    [InlineData(new[] { "de" }, "en", "de", true)]
    [InlineData(new[] { "de", "*" }, "en", "de", true)]
    [InlineData(new[] { "not a tag", "fr_FR", "fr" }, "fr", "fr", false)]
    [InlineData(new string[0], "en", "en", false)]
    public void ChooseLanguage_TakesTheFirstPreferenceTheKnowledgeBaseAnswers(string[] preferences, string language, string tag, bool fallback)
    {
        var choice = Kb.ChooseLanguage(preferences);

        (choice.Language, choice.Tag, choice.IsFallback).Should().Be((language, tag, fallback));
        choice.ToString().Should().Be(language);
        Kb.GetMember("DE").TitleIn(choice.Tag).IsFallback.Should().Be(fallback, "the tag makes titles report the fallback");
    }

    [Fact]
    public void ChooseLanguage_Null_ThrowsArgumentNullException()
    {
        var act = () => Kb.ChooseLanguage(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void TitleIn_AllocatesNothing()
    {
        var germany = Kb.GetMember("DE");
        _ = germany.TitleIn("fr-CA");

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = germany.TitleIn("fr-CA");
            _ = germany.TitleIn("de");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void EveryTranslation_IsCitedAndNotEnglish()
    {
        var translations = Kb.Items.SelectMany(i => i.Translations).ToList();

        translations.Should().HaveCountGreaterThan(250);
        translations.Should().OnlyContain(t => t.Sources.Count > 0 && LanguageTags.IsWellFormed(t.Language) && !LanguageTags.IsEnglish(t.Language));
    }
}
