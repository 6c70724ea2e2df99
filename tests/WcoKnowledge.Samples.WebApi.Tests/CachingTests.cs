using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>ETag from the dataset version, Cache-Control for immutable data, 304 on a matching If-None-Match.</summary>
public sealed class CachingTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private static readonly string _etag = $"W/\"wco-{Expected.Kb.DataVersion}\"";

    [Theory]
    [InlineData("/organization")]
    [InlineData("/items?kind=pillar")]
    [InlineData("/items/pillar-integrity")]
    [InlineData("/objectives/3")]
    [InlineData("/pillars/2")]
    [InlineData("/search?q=kyoto")]
    [InlineData("/regions/1")]
    [InlineData("/membership?on=2015-12-31")]
    [InlineData("/staff?on=2024-03-04")]
    [InlineData("/secretary-general?on=2024-01-01")]
    [InlineData("/members/BE")]
    public async Task Answer_CarriesTheDatasetETag_AndIs304WhenItMatches(string url)
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Headers.ETag!.ToString().Should().Be(_etag);
        first.Headers.ETag.IsWeak.Should().BeTrue();
        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromHours(1));

        using var again = await Send(client, url, first.Headers.ETag.ToString());
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await again.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        again.Headers.ETag!.ToString().Should().Be(_etag);
        again.Headers.NonValidated["Cache-Control"].ToString().Should().Be("public, max-age=3600");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"wco-0.0.1\", W/\"wco-{0}\"")]
    [InlineData("\"wco-{0}\"")] // weak comparison: the strong form of the same tag matches
    [InlineData("W/\"x\",W/\"wco-{0}\",\"y\"")]
    public async Task IfNoneMatch_ListingTheTag_Is304(string header)
    {
        using var client = factory.CreateClient();
        using var response = await Send(client, "/pillars/2", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, Expected.Kb.DataVersion));
        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("\"wco-0.0.1\"")]
    [InlineData("W/\"wco-9.9.9\"")]
    [InlineData("wco-{0}")] // not quoted: malformed, matches nothing
    [InlineData("W/")]
    [InlineData("\"")]
    [InlineData(",,,")]
    [InlineData("garbage \u00e9\u00e9")]
    public async Task IfNoneMatch_NotListingTheTag_GetsTheAnswer(string header)
    {
        using var client = factory.CreateClient();
        using var response = await Send(client, "/pillars/2", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, Expected.Kb.DataVersion));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Expected.SameJson(await response.Content.ReadAsStringAsync(), Expected.Entry(Expected.Kb.GetPillar(2)), "GET /pillars/2");
    }

    [Theory]
    [InlineData("/pillars/11", HttpStatusCode.NotFound)]
    [InlineData("/pillars/x", HttpStatusCode.BadRequest)]
    [InlineData("/search", HttpStatusCode.BadRequest)]
    [InlineData("/secretary-general?on=1900", HttpStatusCode.NotFound)]
    public async Task Problems_AreNever304_AndCarryNoETag(string url, HttpStatusCode status)
    {
        using var client = factory.CreateClient();
        using var response = await Send(client, url, "*");
        response.StatusCode.Should().Be(status);
        response.Headers.ETag.Should().BeNull();
        response.Headers.CacheControl?.Public.Should().NotBe(true);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch).Should().BeTrue();
        return await client.SendAsync(request);
    }
}
