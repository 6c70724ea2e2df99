using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>64 clients at once, 1,000 mixed requests each (answers, problems, conditional requests): every response right, none 5xx.</summary>
public sealed class ConcurrencyTests(WebApiFactory factory, ITestOutputHelper output) : IClassFixture<WebApiFactory>
{
    private const int Clients = 64;
    private const int RequestsPerClient = 1000;

    private sealed record Case(string Url, HttpStatusCode Status, string? Body = null, bool Conditional = false);

    [Fact]
    public async Task SixtyFourClients_AThousandMixedRequestsEach_AreAllAnsweredCorrectly()
    {
        var kb = Expected.Kb;
        var cases = new List<Case>();
        foreach (var pillar in kb.Pillars)
        {
            cases.Add(new($"/pillars/{pillar.Number}", HttpStatusCode.OK, Expected.Entry(kb.GetPillar(pillar.Number))));
        }

        foreach (var objective in kb.Objectives)
        {
            cases.Add(new($"/objectives/{objective.Number}", HttpStatusCode.OK, Expected.Entry(kb.GetObjective(objective.Number))));
        }

        foreach (var code in new[] { "BE", "fra", "JPN", "br", "SB", "ZAF" })
        {
            cases.Add(new($"/members/{code}", HttpStatusCode.OK, Expected.Entry(kb.GetMember(code))));
        }

        foreach (var id in new[] { "pillar-integrity", "instrument-hs-convention", "instrument-kyoto-convention", "role-trade-statistics" })
        {
            cases.Add(new($"/items/{id}", HttpStatusCode.OK, Expected.Entry(kb.GetItem(id))));
        }

        cases.Add(new("/items?kind=region", HttpStatusCode.OK, Expected.Entries(kb.GetItems(KnowledgeKind.Region))));
        cases.Add(new("/search?q=kyoto&limit=3", HttpStatusCode.OK, Expected.Hits(kb.Search("kyoto", new SearchOptions { Limit = 3 }))));
        cases.Add(new("/search?q=border%20management", HttpStatusCode.OK, Expected.Hits(kb.Search("border management"))));
        cases.Add(new("/search?q=integrty&kind=pillar", HttpStatusCode.OK, Expected.Hits(kb.Search("integrty", new SearchOptions { Kind = KnowledgeKind.Pillar }))));
        cases.Add(new("/search?q=Ivory%20Coast&limit=1&kind=member", HttpStatusCode.OK, Expected.Hits(kb.Search("Ivory Coast", new SearchOptions { Limit = 1, Kind = KnowledgeKind.Member }))));
        cases.Add(new("/membership?on=2015-12-31", HttpStatusCode.OK, Expected.Json(kb.MembershipOn(FactDate.Parse("2015-12-31")))));
        cases.Add(new("/membership?on=2000", HttpStatusCode.OK, Expected.Json(kb.MembershipOn(FactDate.Parse("2000")))));
        cases.Add(new("/staff?on=2024-03-04", HttpStatusCode.OK, Expected.Json(kb.SecretariatStaffOn(FactDate.Parse("2024-03-04")))));
        cases.Add(new("/secretary-general?on=2009", HttpStatusCode.OK, Expected.Entry(kb.SecretaryGeneralOn(FactDate.Parse("2009"))!)));
        cases.Add(new("/regions/2", HttpStatusCode.OK, Expected.Entry(kb.GetRegion(2))));
        cases.Add(new("/items?kind=objectives", HttpStatusCode.OK, Expected.Entries(kb.GetItems(KnowledgeKind.Objective))));
        cases.Add(new("/pillars/3", HttpStatusCode.NotModified, Conditional: true));
        cases.Add(new("/members/BE", HttpStatusCode.NotModified, Conditional: true));
        cases.Add(new("/search?q=kyoto", HttpStatusCode.NotModified, Conditional: true));
        foreach (var (url, status) in new[]
        {
            ("/pillars/11", HttpStatusCode.NotFound), ("/pillars/x", HttpStatusCode.BadRequest), ("/objectives/0", HttpStatusCode.NotFound),
            ("/objectives/-3", HttpStatusCode.BadRequest), ("/members/XX", HttpStatusCode.NotFound), ("/items/no-such-item", HttpStatusCode.NotFound),
            ("/items?kind=bogus", HttpStatusCode.BadRequest), ("/search", HttpStatusCode.BadRequest), ("/search?q=kyoto&limit=0", HttpStatusCode.BadRequest),
            ("/search?q=kyoto&limit=101", HttpStatusCode.BadRequest), ("/search?q=kyoto&kind=pillarz", HttpStatusCode.BadRequest),
            ("/search?q=" + new string('q', 1001), HttpStatusCode.BadRequest), ("/membership?on=2015-13", HttpStatusCode.BadRequest),
            ("/membership?on=%F0%9F%98%80", HttpStatusCode.BadRequest), ("/regions/99", HttpStatusCode.NotFound),
            ("/secretary-general?on=1998-06-30", HttpStatusCode.NotFound), ("/staff?on=x", HttpStatusCode.BadRequest), ("/nothing/here", HttpStatusCode.NotFound),
        })
        {
            cases.Add(new(url, status));
        }

        var etag = $"W/\"wco-{kb.DataVersion}\"";
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async clientNumber =>
        {
            using var client = factory.CreateClient();
            var random = new Random(clientNumber);
            for (var i = 0; i < RequestsPerClient; i++)
            {
                var test = cases[random.Next(cases.Count)];
                using var request = new HttpRequestMessage(HttpMethod.Get, test.Url);
                if (test.Conditional)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var problem = Check(test, response, body);
                if (problem is not null)
                {
                    failures.Enqueue($"client {clientNumber}, request {i}: GET {test.Url}: {problem}");
                }
            }
        }));
        clock.Stop();

        output.WriteLine($"{Clients * RequestsPerClient} requests in {clock.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        failures.Should().BeEmpty();
        statuses.Values.Sum().Should().Be(Clients * RequestsPerClient);
        statuses.Keys.Should().OnlyContain(status => status < 500);
        statuses.Keys.Should().Contain([200, 304, 400, 404], "the mix holds answers, conditional requests and both kinds of problem");
    }

    private static string? Check(Case test, HttpResponseMessage response, string body)
    {
        if (response.StatusCode != test.Status)
        {
            return $"status {(int)response.StatusCode}, expected {(int)test.Status}";
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        switch (test.Status)
        {
            case HttpStatusCode.OK:
                if (mediaType != "application/json")
                {
                    return $"content type {mediaType}";
                }

                return body == test.Body || JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(test.Body!)) ? null : "a body other than the library's answer";
            case HttpStatusCode.NotModified:
                return body.Length == 0 ? null : "a body on a 304";
            default:
                if (mediaType != "application/problem+json")
                {
                    return $"content type {mediaType}";
                }

                return JsonNode.Parse(body)?["status"]?.GetValue<int>() == (int)test.Status ? null : "a problem without its status";
        }
    }
}
