using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>Every kind of bad input gets the right status and an RFC 9457 problem body; no input gets a 5xx.</summary>
public sealed class BadInputTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private static IWcoKnowledgeBase Kb => Expected.Kb;

    [Theory]
    [InlineData("/items/no-such-item", "no-such-item")]
    [InlineData("/items/PILLAR-INTEGRITY", "PILLAR-INTEGRITY")]
    [InlineData("/items/src-wco-history", "src-wco-history")]
    [InlineData("/objectives/0", "0")]
    [InlineData("/objectives/10", "10")]
    [InlineData("/pillars/0", "0")]
    [InlineData("/pillars/11", "11")]
    [InlineData("/pillars/2147483647", "2147483647")]
    [InlineData("/members/XX", "XX")]
    [InlineData("/members/BELG", "BELG")]
    [InlineData("/members/B", "B")]
    [InlineData("/members/member-belgium", "member-belgium")]
    [InlineData("/regions/0", "0")]
    [InlineData("/regions/99", "99")]
    [InlineData("/secretary-general?on=1998-06-30", "1998-06-30")]
    [InlineData("/secretary-general?on=1900", "1900")]
    public async Task UnknownKey_Is404_NamingTheKey(string url, string key)
    {
        var problem = await AssertProblem(url, HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().Should().Contain(key);
        problem["key"]!.GetValue<string>().Should().Be(key);
        problem["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task UnknownKey_DetailIsTheLibrarysOwnMessage()
    {
        (await AssertProblem("/pillars/11", HttpStatusCode.NotFound))["detail"]!.GetValue<string>()
            .Should().Be(Kb.ExplainNotFound(KnowledgeKind.Pillar, 11));
        (await AssertProblem("/objectives/42", HttpStatusCode.NotFound))["detail"]!.GetValue<string>()
            .Should().Be(Kb.ExplainNotFound(KnowledgeKind.Objective, 42));
        (await AssertProblem("/regions/99", HttpStatusCode.NotFound))["detail"]!.GetValue<string>()
            .Should().Be(Kb.ExplainNotFound(KnowledgeKind.Region, 99));
        (await AssertProblem("/items/pillar-nope", HttpStatusCode.NotFound))["detail"]!.GetValue<string>()
            .Should().Be(Kb.ExplainNotFound("pillar-nope"));
        (await AssertProblem("/members/QQ", HttpStatusCode.NotFound))["detail"]!.GetValue<string>()
            .Should().Be(Kb.ExplainMemberNotFound("QQ"));
    }

    [Fact]
    public async Task UnknownKey_DetailIsTheSameMessageTheThrowingLookupGives()
    {
        // The two ways of asking the library agree, so a client sees the same words as a .NET caller.
        (await AssertProblem("/regions/99", HttpStatusCode.NotFound))["detail"]!.GetValue<string>()
            .Should().Be(FluentActions.Invoking(() => Kb.GetRegion(99)).Should().Throw<KnowledgeItemNotFoundException>().Which.Message);
    }

    [Fact]
    public async Task SecretaryGeneral_OnADateNoTermCovers_Is404_NamingTheDateAndDataVersion()
    {
        Kb.SecretaryGeneralOn(FactDate.Parse("1998-06-30")).Should().BeNull("the library's term rule places no Secretary General on that date");
        var detail = (await AssertProblem("/secretary-general?on=1998-06-30", HttpStatusCode.NotFound))["detail"]!.GetValue<string>();
        detail.Should().Contain("1998-06-30").And.Contain(Kb.DataVersion);
    }

    [Fact]
    public async Task UnknownKind_NamesEveryKindOfTheLibrary()
    {
        var message = (await AssertProblem("/items?kind=pillarz", HttpStatusCode.BadRequest))["errors"]!["kind"]![0]!.GetValue<string>();
        message.Should().Contain("pillarz");
        foreach (var kind in KnowledgeKinds.All)
        {
            message.Should().Contain(KnowledgeKinds.Word(kind));
        }

        message.Should().Contain("officer");
    }

    [Theory]
    [InlineData("/membership?asOf=2015-12-31")]
    [InlineData("/membership?on=2015-12-31&asOf=2015-12-31")]
    [InlineData("/staff?asOf=2015")]
    [InlineData("/secretary-general?asOf=")]
    public async Task OldDateParameterAsOf_Is400_NamingTheNewName(string url)
    {
        // Renamed to `on` in 3.0: refused rather than ignored, which would answer for the dataset's date instead.
        var problem = await AssertProblem(url, HttpStatusCode.BadRequest);
        problem["errors"]!["asOf"]![0]!.GetValue<string>().Should().Contain("on=");
    }

    [Theory]
    [InlineData("/pillars/abc", "n")]
    [InlineData("/pillars/-1", "n")]
    [InlineData("/pillars/+2", "n")]
    [InlineData("/pillars/1.5", "n")]
    [InlineData("/pillars/1e1", "n")]
    [InlineData("/pillars/%202", "n")]
    [InlineData("/pillars/99999999999999999999", "n")]
    [InlineData("/pillars/%D9%A2", "n")] // Arabic-Indic digit two
    [InlineData("/objectives/three", "n")]
    [InlineData("/objectives/0x1", "n")]
    [InlineData("/regions/abc", "n")]
    [InlineData("/regions/-1", "n")]
    [InlineData("/items?kind=pillarz", "kind")]
    [InlineData("/items?kind=governance-body", "kind")]
    [InlineData("/items?kind=42", "kind")]
    [InlineData("/search", "q")]
    [InlineData("/search?q=", "q")]
    [InlineData("/search?q=%20%20%09", "q")]
    [InlineData("/search?limit=5", "q")]
    [InlineData("/search?q=kyoto&limit=0", "limit")]
    [InlineData("/search?q=kyoto&limit=101", "limit")]
    [InlineData("/search?q=kyoto&limit=-1", "limit")]
    [InlineData("/search?q=kyoto&limit=ten", "limit")]
    [InlineData("/search?q=kyoto&limit=1e2", "limit")]
    [InlineData("/search?q=kyoto&limit=99999999999", "limit")]
    [InlineData("/search?q=kyoto&kind=pillarz", "kind")]
    [InlineData("/search?q=kyoto&kind=*", "kind")]
    [InlineData("/membership?on=2015-13-01", "on")]
    [InlineData("/membership?on=2015-02-30", "on")]
    [InlineData("/membership?on=15-12-31", "on")]
    [InlineData("/membership?on=2015-1-1", "on")]
    [InlineData("/membership?on=0000", "on")]
    [InlineData("/membership?on=2015-12-31T00:00:00Z", "on")]
    [InlineData("/membership?on=yesterday", "on")]
    [InlineData("/staff?on=2015-13-01", "on")]
    [InlineData("/staff?on=0000", "on")]
    [InlineData("/secretary-general?on=2015-02-30", "on")]
    [InlineData("/secretary-general?on=today", "on")]
    public async Task MalformedInput_Is400_NamingTheParameter(string url, string parameter)
    {
        var problem = await AssertProblem(url, HttpStatusCode.BadRequest);
        problem["errors"]![parameter]!.AsArray().Should().ContainSingle().Which!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Search_WithEveryParameterWrong_NamesThemAll()
    {
        var problem = await AssertProblem("/search?limit=0&kind=nope", HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo("q", "limit", "kind");
    }

    [Fact]
    public async Task Search_OverTheLibrarysLengthLimit_Is400()
    {
        var q = new string('a', KnowledgeEndpoints.MaxQueryLength + 1);
        var problem = await AssertProblem($"/search?q={q}", HttpStatusCode.BadRequest);
        problem["errors"]!["q"]![0]!.GetValue<string>().Should().Contain("1001").And.Contain("1000");
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        await AssertProblem("/no/such/route", HttpStatusCode.NotFound);
        await AssertProblem("/pillars", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OtherMethods_Are405Problems()
    {
        using var client = factory.CreateClient();
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, "/pillars/1") { Content = new StringContent("{}") };
            using var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, method.Method);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    public static TheoryData<string> HostileValues => new(Hostile.Values);

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task HostileInput_InEveryParameter_IsNever5xx(string value)
    {
        using var client = factory.CreateClient();
        foreach (var url in Hostile.Urls(value))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).Should().BeOneOf([200, 400, 404], $"GET {url} must be answered or refused, never fail; body: {body}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", url);
                JsonNode.Parse(body)!["status"]!.GetValue<int>().Should().Be((int)response.StatusCode);
            }
            else
            {
                JsonNode.Parse(body).Should().NotBeNull();
            }
        }
    }

    [Fact]
    public async Task RawHostilePaths_AreNever5xx()
    {
        using var client = factory.CreateClient();
        var sent = 0;
        foreach (var raw in new[]
        {
            "/items/%", "/items/%zz", "/items/%C0%AF", "/items/%ED%A0%80", "/items/%FF%FE", "/items/..%2F..%2Fetc%2Fpasswd",
            "/items/%2e%2e", "/search?q=%", "/search?q=%ED%A0%80&kind=%FF", "/search?q=a&q=b&limit=1&limit=2", "/membership?on=%00",
            "/staff?on=%00&on=2015", "/secretary-general?on=%ED%A0%80", "/regions/%F0%9F%98%80",
            "/search?q=%00%00&kind=%00", "/pillars/%F0%9F%98%80", "//pillars//2", "/pillars/2/", "/PILLARS/2", "/search?q[]=x", "/items?kind=pillar&kind=role",
        })
        {
            // Sent as written where System.Uri lets it through (it may normalize an escape or a dot segment).
            Uri uri;
            try
            {
                uri = new Uri(client.BaseAddress!, raw);
            }
            catch (UriFormatException)
            {
                continue;
            }

            using var response = await client.GetAsync(uri);
            ((int)response.StatusCode).Should().BeLessThan(500, raw);
            sent++;
        }

        sent.Should().BeGreaterThan(10);
    }

    private async Task<JsonNode> AssertProblem(string url, HttpStatusCode status)
    {
        var (response, body) = await Expected.GetAsync(factory.CreateClient(), url);
        response.StatusCode.Should().Be(status, $"GET {url}; body: {body}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", url);
        response.Headers.ETag.Should().BeNull("only answers carry the dataset's ETag");
        var problem = JsonNode.Parse(body)!;
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        problem["title"].Should().NotBeNull();
        problem["type"].Should().NotBeNull();
        return problem;
    }
}

/// <summary>Inputs that break naive servers, and every parameter of every endpoint to put them in.</summary>
internal static class Hostile
{
    public static IReadOnlyList<string> Values { get; } =
    [
        "", " ", "\t", "\0", "\u0001\u001f", "%", "%00", "%%", "null", "undefined", "NaN", "Infinity", "-0", "0", "-2147483648",
        "2147483648", "9223372036854775808", "1e308", "0x10", "١", "²", "Ⅻ", "<script>alert(1)</script>", "' OR '1'='1",
        "\"; DROP TABLE items; --", "../../etc/passwd", "..\\..\\windows", "{\"a\":1}", "[]", "{{7*7}}", "${jndi:ldap://x}",
        "\u202Eevil", "\uFEFFpillar", "😀", "👨‍👩‍👧‍👦", "e\u0301", "İ", "ß", "ﬀ", "Ｐｉｌｌａｒ", "pillar\u0000", "pillar\r\nX-Injected: 1",
        new string('a', 5000), new string('é', 1500), string.Concat(Enumerable.Repeat("😀", 600)), "2015-12-31\n", "+2015", "2015-00",
        "2015-12-32", "9999-12-31", "0001-01-01", "1000-02-29", "2000-02-29", "member", "MEMBER", "BE", "bel", "pillar-integrity",
    ];

    /// <summary>
    /// The URLs that carry <paramref name="value"/>. A NUL character goes in query strings only: the in-memory test
    /// client refuses to build a request whose path holds one, and Kestrel rejects such a path with its own 400 before
    /// the app sees it.
    /// </summary>
    public static IEnumerable<string> Urls(string value)
    {
        var escaped = Uri.EscapeDataString(value);
        string[] query =
        [
            $"/items?kind={escaped}", $"/search?q={escaped}", $"/search?q=kyoto&limit={escaped}", $"/search?q=kyoto&kind={escaped}",
            $"/search?q={escaped}&limit={escaped}&kind={escaped}", $"/membership?on={escaped}", $"/staff?on={escaped}",
            $"/secretary-general?on={escaped}",
        ];
        return value.Contains('\0', StringComparison.Ordinal)
            ? query
            : [.. query, $"/items/{escaped}", $"/objectives/{escaped}", $"/pillars/{escaped}", $"/regions/{escaped}", $"/members/{escaped}"];
    }
}
