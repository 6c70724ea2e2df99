using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>The framework's OpenAPI document describes every route, its answer and its problem responses.</summary>
public sealed class OpenApiTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    [Fact]
    public async Task Document_ListsEveryRoute()
    {
        var paths = (await Document())["paths"]!.AsObject();
        paths.Select(p => p.Key).Should().Contain(KnowledgeEndpoints.Routes);
        foreach (var route in KnowledgeEndpoints.Routes)
        {
            var get = paths[route]!["get"];
            get.Should().NotBeNull(route);
            get!["operationId"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            get["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            var responses = get["responses"]!.AsObject();
            responses["200"]!["content"]!["application/json"].Should().NotBeNull($"{route} answers JSON");
            responses.Select(r => r.Key).Should().Contain("304", $"{route} may answer 304");
        }
    }

    [Theory]
    [InlineData("/items/{id}", "404")]
    [InlineData("/objectives/{n}", "404")]
    [InlineData("/objectives/{n}", "400")]
    [InlineData("/pillars/{n}", "404")]
    [InlineData("/pillars/{n}", "400")]
    [InlineData("/members/{isoCode}", "404")]
    [InlineData("/items", "400")]
    [InlineData("/search", "400")]
    [InlineData("/membership", "400")]
    public async Task Document_DescribesTheProblemResponses(string route, string status)
    {
        var response = (await Document())["paths"]![route]!["get"]!["responses"]![status];
        response.Should().NotBeNull($"{route} documents its {status}");
        response!["content"]!["application/problem+json"].Should().NotBeNull($"{route} answers {status} with a problem");
    }

    [Theory]
    [InlineData("/search", "q")]
    [InlineData("/search", "limit")]
    [InlineData("/search", "kind")]
    [InlineData("/items", "kind")]
    [InlineData("/membership", "asOf")]
    [InlineData("/items/{id}", "id")]
    [InlineData("/pillars/{n}", "n")]
    [InlineData("/members/{isoCode}", "isoCode")]
    public async Task Document_DescribesEveryParameter(string route, string parameter)
    {
        var parameters = (await Document())["paths"]![route]!["get"]!["parameters"]!.AsArray();
        var described = parameters.Single(p => p!["name"]!.GetValue<string>() == parameter);
        described!["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    private async Task<JsonNode> Document()
    {
        var (response, body) = await Expected.GetAsync(factory.CreateClient(), "/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var document = JsonNode.Parse(body)!;
        document["openapi"]!.GetValue<string>().Should().StartWith("3.");
        return document;
    }
}
