using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>Every endpoint answers with the library's own object, written by WcoJson: the same JSON tree.</summary>
public sealed class HappyPathTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private static IWcoKnowledgeBase Kb => Expected.Kb;

    public static TheoryData<string> ItemIds => new(Kb.Items.Select(i => i.Id));

    public static TheoryData<string> MemberCodes => new(Kb.Members.SelectMany(m => new[] { m.IsoAlpha2, m.IsoAlpha3 }).OfType<string>());

    public static TheoryData<string> KindWords => new(KnowledgeKinds.All.Select(KnowledgeKinds.Word));

    [Fact]
    public void KnowledgeBase_IsTheLibrarysDefault_RegisteredOnce()
    {
        var services = factory.Services;
        services.GetRequiredService<IWcoKnowledgeBase>().Should().BeSameAs(WcoKnowledgeBase.Default);
        services.GetRequiredService<IWcoKnowledgeBase>().Should().BeSameAs(services.GetRequiredService<IWcoKnowledgeBase>());
    }

    [Fact]
    public void Tests_RunWithoutReflectionJson_AsTheNativeServerDoes()
    {
        // Set in the test project: a body that only reflection could write fails here too, not only in the native build.
        System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault.Should().BeFalse();
    }

    [Fact]
    public async Task Organization_IsTheLibrarysOrganization()
    {
        await AssertAnswer("/organization", Expected.Entry(Kb.Organization));
    }

    [Fact]
    public async Task Items_WithoutKind_AreEveryItem()
    {
        await AssertAnswer("/items", Expected.Entries(Kb.Items));
    }

    [Theory]
    [MemberData(nameof(KindWords))]
    public async Task Items_OfEachKind_AreTheLibrarysList(string word)
    {
        KnowledgeKinds.TryParse(word, out var kind).Should().BeTrue();
        await AssertAnswer($"/items?kind={word}", Expected.Entries(Kb.GetItems(kind)));
    }

    [Theory]
    [InlineData("PILLAR")]
    [InlineData("governancebody")]
    [InlineData("%20member%20")]
    public async Task Items_KindWord_IgnoresCaseAndSurroundingSpace(string word)
    {
        KnowledgeKinds.TryParse(Uri.UnescapeDataString(word), out var kind).Should().BeTrue();
        await AssertAnswer($"/items?kind={word}", Expected.Entries(Kb.GetItems(kind)));
    }

    [Theory]
    [InlineData("objectives", KnowledgeKind.Objective)]
    [InlineData("pillars", KnowledgeKind.Pillar)]
    [InlineData("building%20blocks", KnowledgeKind.Pillar)]
    [InlineData("Members", KnowledgeKind.Member)]
    [InlineData("officer", KnowledgeKind.Officer)]
    [InlineData("officers", KnowledgeKind.Officer)]
    [InlineData("governance%20body", KnowledgeKind.GovernanceBody)]
    [InlineData("secretaries%20general", KnowledgeKind.SecretaryGeneral)]
    public async Task Items_PluralsAndSynonyms_AreTheLibrarysWords(string text, KnowledgeKind expected)
    {
        // The API takes every word the library's parser takes; the kind is the one the library parses it to.
        KnowledgeKinds.TryParse(Uri.UnescapeDataString(text), out var kind).Should().BeTrue();
        kind.Should().Be(expected);
        Kb.GetItems(kind).Should().NotBeEmpty();
        await AssertAnswer($"/items?kind={text}", Expected.Entries(Kb.GetItems(kind)));
    }

    [Theory]
    [MemberData(nameof(ItemIds))]
    public async Task Item_ById_IsTheLibrarysItem(string id)
    {
        await AssertAnswer($"/items/{Uri.EscapeDataString(id)}", Expected.Entry(Kb.GetItem(id)));
    }

    [Fact]
    public async Task Objectives_ByNumber_AreTheLibrarysObjectives()
    {
        foreach (var objective in Kb.Objectives)
        {
            await AssertAnswer($"/objectives/{objective.Number}", Expected.Entry(Kb.GetObjective(objective.Number)));
        }
    }

    [Fact]
    public async Task Pillars_ByNumber_AreTheLibrarysPillars()
    {
        Kb.Pillars.Should().HaveCount(10);
        foreach (var pillar in Kb.Pillars)
        {
            await AssertAnswer($"/pillars/{pillar.Number}", Expected.Entry(Kb.GetPillar(pillar.Number)));
        }

        await AssertAnswer("/pillars/007", Expected.Entry(Kb.GetPillar(7)));
    }

    [Fact]
    public async Task Regions_ByNumber_AreTheLibrarysRegions()
    {
        Kb.Regions.Should().NotBeEmpty();
        for (var number = 1; number <= Kb.Regions.Count; number++)
        {
            await AssertAnswer($"/regions/{number}", Expected.Entry(Kb.GetRegion(number)));
        }
    }

    [Fact]
    public async Task Region1_IsTheLibrarysFirstRegion()
    {
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/regions/1");
        var json = JsonNode.Parse(body)!["item"]!;
        json["id"]!.GetValue<string>().Should().Be(Kb.GetRegion(1).Id).And.Be(Kb.Regions[0].Id).And.StartWith("region-");
        json["title"]!.GetValue<string>().Should().Be(Kb.Regions[0].Title);
    }

    [Fact]
    public async Task Pillar2_IsCoordinatedBorderManagement_InTheDatasetShape()
    {
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/pillars/2");
        var json = JsonNode.Parse(body)!["item"]!;
        json["id"]!.GetValue<string>().Should().Be("pillar-coordinated-border-management");
        json["title"]!.GetValue<string>().Should().Be("Better Coordinated Border Management");
        json["number"]!.GetValue<int>().Should().Be(2);
        json["sources"]!.AsArray().Should().NotBeEmpty().And.AllSatisfy(s => s!.GetValue<string>().Should().StartWith("src-"));
        JsonNode.Parse(body)!["title"]!["text"]!.GetValue<string>().Should().Be("Better Coordinated Border Management", "the title next to the item, in English without Accept-Language");
    }

    [Theory]
    [InlineData("border management", null, null)]
    [InlineData("kyoto", "3", null)]
    [InlineData("integrty", null, "pillar")]
    [InlineData("Ivory Coast", "1", "member")]
    [InlineData("database of goods", "100", "role")]
    [InlineData("customs", "100", null)]
    [InlineData("nothing-matches-this-zzzzqqq", null, null)]
    public async Task Search_IsTheLibrarysSearch(string q, string? limit, string? kind)
    {
        var options = new SearchOptions
        {
            Limit = limit is null ? 10 : int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture),
            Kind = kind is null ? null : Parse(kind),
        };
        var url = $"/search?q={Uri.EscapeDataString(q)}" + (limit is null ? "" : $"&limit={limit}") + (kind is null ? "" : $"&kind={kind}");
        await AssertAnswer(url, Expected.Hits(Kb.Search(q, options)));
    }

    [Fact]
    public async Task Search_AtTheLengthLimit_IsAnswered()
    {
        var q = "kyoto " + new string('x', KnowledgeEndpoints.MaxQueryLength - 6);
        await AssertAnswer($"/search?q={q}", Expected.Hits(Kb.Search(q)));
    }

    [Theory]
    [InlineData("2015-12-31")]
    [InlineData("2000")]
    [InlineData("1953-01")]
    [InlineData("1900-01-01")]
    [InlineData("2025-09-17")]
    [InlineData("9999-12-31")]
    public async Task Membership_OnADate_IsTheLibrarysAnswer(string on)
    {
        await AssertAnswer($"/membership?on={on}", Expected.Json(Kb.MembershipOn(FactDate.Parse(on))));
    }

    [Fact]
    public async Task Membership_WithoutADate_IsOnTheDatasetsAsOfDate()
    {
        await AssertAnswer("/membership", Expected.Json(Kb.MembershipOn(Kb.AsOf)));
    }

    [Fact]
    public async Task Membership_On20151231_GivesTheRegistryCountAndThePublishedFigure()
    {
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/membership?on=2015-12-31");
        var json = JsonNode.Parse(body)!;
        json["date"]!.GetValue<string>().Should().Be("2015-12-31");
        json["registryCount"]!.GetValue<int>().Should().Be(Kb.MembershipOn(FactDate.Parse("2015-12-31")).RegistryCount);
        json["publishedFigure"]!["value"]!.GetValue<int>().Should().Be(180);
    }

    [Theory]
    [InlineData("2011-12-31")] // before the first figure: no figure, no age
    [InlineData("2012")]
    [InlineData("2018-04-05")]
    [InlineData("2021-03-04")]
    [InlineData("2024-03-04")]
    [InlineData("9999-12-31")]
    public async Task Staff_OnADate_IsTheLibrarysAnswer(string on)
    {
        await AssertAnswer($"/staff?on={on}", Expected.Json(Kb.SecretariatStaffOn(FactDate.Parse(on))));
    }

    [Fact]
    public async Task Staff_WithoutADate_IsOnTheDatasetsAsOfDate()
    {
        await AssertAnswer("/staff", Expected.Json(Kb.SecretariatStaffOn(Kb.AsOf)));
    }

    [Fact]
    public async Task Staff_On20240304_GivesTheFigureInForceAndItsAge()
    {
        var expected = Kb.SecretariatStaffOn(FactDate.Parse("2024-03-04"));
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/staff?on=2024-03-04");
        var json = JsonNode.Parse(body)!;
        json["date"]!.GetValue<string>().Should().Be("2024-03-04");
        json["figure"]!["value"]!.GetValue<int>().Should().Be(expected.Figure!.Value).And.Be(150);
        json["figureAgeInDays"]!.GetValue<int>().Should().Be((int)expected.Age!.Value.TotalDays).And.Be(1096);
    }

    [Fact]
    public async Task Staff_BeforeTheFirstFigure_HasNoFigureAndNoAge()
    {
        Kb.SecretariatStaffOn(FactDate.Parse("1990")).Figure.Should().BeNull();
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/staff?on=1990");
        var json = JsonNode.Parse(body)!;
        json["figure"].Should().BeNull();
        json["figureAgeInDays"].Should().BeNull();
    }

    [Theory]
    [InlineData("1999-01-01")]
    [InlineData("2009")]
    [InlineData("2023-12-31")]
    [InlineData("2024-01-01")]
    [InlineData("2030")]
    public async Task SecretaryGeneral_OnADate_IsTheLibrarysAnswer(string on)
    {
        var secretaryGeneral = Kb.SecretaryGeneralOn(FactDate.Parse(on));
        secretaryGeneral.Should().NotBeNull();
        await AssertAnswer($"/secretary-general?on={on}", Expected.Entry(secretaryGeneral));
    }

    [Fact]
    public async Task SecretaryGeneral_WithoutADate_IsTheOneInOfficeOnTheDatasetsAsOfDate()
    {
        await AssertAnswer("/secretary-general", Expected.Entry(Kb.SecretaryGeneralOn(Kb.AsOf)!));
    }

    [Fact]
    public async Task SecretaryGeneral_On20240101_IsIanSaunders()
    {
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/secretary-general?on=2024-01-01");
        JsonNode.Parse(body)!["item"]!["id"]!.GetValue<string>()
            .Should().Be(Kb.SecretaryGeneralOn(FactDate.Parse("2024-01-01"))!.Id).And.Be("secretary-general-ian-saunders");
    }

    [Theory]
    [MemberData(nameof(MemberCodes))]
    public async Task Member_ByIsoCode_IsTheLibrarysMember(string code)
    {
        Kb.TryGetMember(code, out var member).Should().BeTrue();
        await AssertAnswer($"/members/{code}", Expected.Entry(member!));
        await AssertAnswer($"/members/{code.ToLowerInvariant()}", Expected.Entry(member!));
    }

    [Fact]
    public async Task Member_BE_IsBelgium()
    {
        var (_, body) = await Expected.GetAsync(factory.CreateClient(), "/members/BE");
        var json = JsonNode.Parse(body)!["item"]!;
        json["id"]!.GetValue<string>().Should().Be("member-belgium");
        json["isoAlpha3"]!.GetValue<string>().Should().Be("BEL");
        json["memberSince"]!.GetValue<string>().Should().Be("1952-12-11");
    }

    [Fact]
    public async Task Index_NamesTheDatasetVersionAndEveryRoute()
    {
        var (response, body) = await Expected.GetAsync(factory.CreateClient(), "/");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonNode.Parse(body)!;
        json["dataVersion"]!.GetValue<string>().Should().Be(Kb.DataVersion);
        json["asOf"]!.GetValue<string>().Should().Be(Kb.AsOf.ToString());
        json["openApi"]!.GetValue<string>().Should().Be("/openapi/v1.json");
        json["mcp"]!.GetValue<string>().Should().Be("/mcp");
        json["endpoints"]!.AsArray().Select(e => e!.GetValue<string>()).Should().BeEquivalentTo(KnowledgeEndpoints.Routes);
    }

    private static KnowledgeKind Parse(string word) => KnowledgeKinds.TryParse(word, out var kind) ? kind : throw new ArgumentException(word);

    private async Task AssertAnswer(string url, string expectedJson)
    {
        var (response, body) = await Expected.GetAsync(factory.CreateClient(), url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} answers; body: {body}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        response.Headers.ETag!.ToString().Should().Be($"W/\"wco-{Kb.DataVersion}\"");
        response.Headers.NonValidated["Cache-Control"].ToString().Should().Be("public, max-age=3600");
        Expected.SameJson(body, expectedJson, $"GET {url}");
    }
}
