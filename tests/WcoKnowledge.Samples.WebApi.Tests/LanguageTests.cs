using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>
/// Answers in the client's language: Accept-Language (or lang) chosen by the library's ChooseLanguage, each item's
/// title in that language next to the item, Content-Language and Vary on the answer, a language's own ETag.
/// </summary>
public sealed class LanguageTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private static IWcoKnowledgeBase Kb => Expected.Kb;

    private static Member Germany => Kb.GetMember("DE");

    [Fact]
    public async Task AcceptLanguageFr_AnswersTheFrenchTitle_WithContentLanguageAndVary()
    {
        using var response = await Get("/members/DE", "fr");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!;
        json["title"]!["text"]!.GetValue<string>().Should().Be("Allemagne");
        json["title"]!["language"]!.GetValue<string>().Should().Be("fr");
        json["title"]!["isFallback"]!.GetValue<bool>().Should().BeFalse();
        // The item itself stays in the dataset's shape, in English, with every translation.
        json["item"]!["title"]!.GetValue<string>().Should().Be("Germany");
        json["item"]!["translations"]!["fr"]!["title"]!.GetValue<string>().Should().Be("Allemagne");
        Expected.SameJson(body, Expected.Entry(Germany, "fr"), "GET /members/DE in French");
        response.Content.Headers.ContentLanguage.Should().Equal("fr");
        response.Headers.Vary.Should().Contain("Accept-Language");
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("FR-ch")]
    [InlineData("fr-Latn-CA, en;q=0.5")]
    public async Task AcceptLanguage_FrenchVariant_IsAnsweredInFrench(string header)
    {
        using var response = await Get("/members/DE", header);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["title"]!["text"]!.GetValue<string>().Should().Be("Allemagne");
        json["title"]!["language"]!.GetValue<string>().Should().Be("fr");
        json["title"]!["requestedLanguage"]!.GetValue<string>().Should().Be(header.Split(',')[0], "the title names the tag asked for");
        response.Content.Headers.ContentLanguage.Should().Equal("fr");
    }

    [Fact]
    public async Task AcceptLanguageDe_IsAnsweredInEnglish_AndSaysItFellBack()
    {
        using var response = await Get("/members/DE", "de");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["title"]!["text"]!.GetValue<string>().Should().Be("Germany");
        json["title"]!["language"]!.GetValue<string>().Should().Be("en");
        json["title"]!["requestedLanguage"]!.GetValue<string>().Should().Be("de");
        json["title"]!["isFallback"]!.GetValue<bool>().Should().BeTrue();
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        response.Headers.Vary.Should().Contain("Accept-Language");
    }

    [Fact]
    public async Task NoHeader_IsEnglish_NotAFallback()
    {
        using var response = await Get("/members/DE", null);
        var body = await response.Content.ReadAsStringAsync();
        Expected.SameJson(body, Expected.Entry(Germany), "GET /members/DE without Accept-Language");
        JsonNode.Parse(body)!["title"]!["isFallback"]!.GetValue<bool>().Should().BeFalse();
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        response.Headers.Vary.Should().Contain("Accept-Language");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("en-GB, fr;q=0.9")]
    [InlineData("fr;q=0")] // quality 0: not acceptable
    public async Task EnglishOrAnything_IsEnglish_NotAFallback(string header)
    {
        using var response = await Get("/members/DE", header);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["title"]!["text"]!.GetValue<string>().Should().Be("Germany");
        json["title"]!["isFallback"]!.GetValue<bool>().Should().BeFalse();
        response.Content.Headers.ContentLanguage.Should().Equal("en");
    }

    [Theory]
    [InlineData(";;;")]
    [InlineData("fr;q=abc")]
    [InlineData("fr_CA")]
    [InlineData("\u00e9\u00e9\u00e9")]
    [InlineData("fr;q=0.8;q=0.9,,,")]
    [InlineData("x-1234567890123456789012345678901234567890123456789012345678901234567890")]
    [InlineData("12, 34;q=1.5")]
    public async Task MalformedHeader_IsEnglish_NeverAServerError(string header)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/members/DE", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", header).Should().BeTrue();
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"Accept-Language: {header}");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["title"]!["language"]!.GetValue<string>().Should().Be("en");
        response.Content.Headers.ContentLanguage.Should().Equal("en");
    }

    [Theory]
    [InlineData("de, fr;q=0.8", "fr")]
    [InlineData("de;q=1.0, fr;q=0.8, en;q=0.9", "en")]
    [InlineData("en;q=0.5, fr;q=0.9", "fr")]
    [InlineData("fr;q=0.5, en;q=0.5", "fr")] // equal qualities keep the header's order
    [InlineData("en;q=0.5, fr;q=0.5", "en")]
    [InlineData("fr;q=0.1, de", "fr")]
    public async Task Qualities_OrderThePreferences(string header, string expected)
    {
        using var response = await Get("/members/DE", header);
        response.Content.Headers.ContentLanguage.Should().Equal(expected);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["title"]!["text"]!.GetValue<string>().Should().Be(expected == "fr" ? "Allemagne" : "Germany");
    }

    [Fact]
    public async Task LangQuery_OverridesTheHeader_AndDoesNotVaryWithIt()
    {
        using var response = await Get("/members/DE?lang=fr", "en");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["title"]!["text"]!.GetValue<string>().Should().Be("Allemagne");
        response.Content.Headers.ContentLanguage.Should().Equal("fr");
        response.Headers.Vary.Should().NotContain("Accept-Language", "lang decides, so the header does not");

        using var german = await Get("/members/DE?lang=de", "fr");
        var fellBack = JsonNode.Parse(await german.Content.ReadAsStringAsync())!["title"]!;
        fellBack["text"]!.GetValue<string>().Should().Be("Germany");
        fellBack["isFallback"]!.GetValue<bool>().Should().BeTrue();
        german.Content.Headers.ContentLanguage.Should().Equal("en");
    }

    [Theory]
    [InlineData("/members/DE?lang=fr_CA")]
    [InlineData("/members/DE?lang=*")]
    [InlineData("/items?lang=%00")]
    [InlineData("/organization?lang=fr-")]
    public async Task MalformedLang_Is400NamingLang(string url)
    {
        using var response = await Get(url, "fr");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json["errors"]!["lang"]![0]!.GetValue<string>().Should().Contain("not a language tag");
        response.Content.Headers.ContentLanguage.Should().BeEmpty();
    }

    [Fact]
    public async Task MalformedLang_IsListedWithTheEndpointsOwnErrors()
    {
        using var response = await Get("/search?q=kyoto&limit=0&lang=x!", null);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().BeEquivalentTo("limit", "lang");
    }

    [Fact]
    public async Task Lists_AndSearchHits_CarryTitlesInTheLanguage()
    {
        using var members = await Get("/items?kind=member", "fr");
        Expected.SameJson(await members.Content.ReadAsStringAsync(), Expected.Entries(Kb.GetItems(KnowledgeKind.Member), "fr"), "GET /items?kind=member in French");

        using var hits = await Get("/search?q=Germany&kind=member&limit=3", "fr-FR");
        var body = await hits.Content.ReadAsStringAsync();
        Expected.SameJson(body, Expected.Hits(Kb.Search("Germany", new SearchOptions { Kind = KnowledgeKind.Member, Limit = 3 }), "fr-FR"), "GET /search in French");
        JsonNode.Parse(body)![0]!["title"]!["text"]!.GetValue<string>().Should().Be("Allemagne");
        hits.Content.Headers.ContentLanguage.Should().Equal("fr");
    }

    [Fact]
    public async Task ItemWithoutAFrenchTitle_FallsBackToEnglish_InAFrenchAnswer()
    {
        var untranslated = Kb.Items.First(item => item.TranslationIn("fr") is null);
        using var response = await Get($"/items/{untranslated.Id}", "fr");
        var title = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!;
        title["text"]!.GetValue<string>().Should().Be(untranslated.Title);
        title["language"]!.GetValue<string>().Should().Be("en");
        title["isFallback"]!.GetValue<bool>().Should().BeTrue();
        response.Content.Headers.ContentLanguage.Should().ContainSingle().Which.Should().Be("fr", "the answer is in French; this one title is not");
    }

    [Theory]
    [InlineData("/organization")]
    [InlineData("/items")]
    [InlineData("/items/pillar-integrity")]
    [InlineData("/objectives/1")]
    [InlineData("/pillars/2")]
    [InlineData("/regions/1")]
    [InlineData("/search?q=kyoto")]
    [InlineData("/secretary-general")]
    [InlineData("/members/BE")]
    public async Task EveryAnswerWithItems_SaysItsLanguage(string url)
    {
        using var response = await Get(url, "fr-BE, en;q=0.5");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("fr");
        response.Headers.Vary.Should().Contain("Accept-Language");
        response.Headers.ETag!.Tag.Should().Be($"\"wco-{Kb.DataVersion}-fr\"", "each language's answer has its own tag");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/membership")]
    [InlineData("/staff")]
    [InlineData("/pillars/11")]
    [InlineData("/members/XX")]
    public async Task AnswersWithoutTitles_AndProblems_DoNotVaryByLanguage(string url)
    {
        using var response = await Get(url, "fr");
        response.Content.Headers.ContentLanguage.Should().BeEmpty();
        response.Headers.Vary.Should().NotContain("Accept-Language");
    }

    [Fact]
    public async Task FrenchTag_IsNotRevalidatedForAnEnglishRequest()
    {
        using var client = factory.CreateClient();
        using var french = await Send(client, "/members/DE", "fr", null);
        var frenchTag = french.Headers.ETag!.ToString();
        using var english = await Send(client, "/members/DE", "en", frenchTag);
        english.StatusCode.Should().Be(HttpStatusCode.OK, "a cache holding the French answer must not get a 304 for an English request");
        using var frenchAgain = await Send(client, "/members/DE", "fr", frenchTag);
        frenchAgain.StatusCode.Should().Be(HttpStatusCode.NotModified);
        frenchAgain.Headers.Vary.Should().Contain("Accept-Language");
    }

    private async Task<HttpResponseMessage> Get(string url, string? acceptLanguage)
    {
        using var client = factory.CreateClient();
        return await Send(client, url, acceptLanguage, null);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, string? acceptLanguage, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }
}
