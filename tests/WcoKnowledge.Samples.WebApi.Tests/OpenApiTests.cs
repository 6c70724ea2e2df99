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
    [InlineData("/regions/{n}", "404")]
    [InlineData("/regions/{n}", "400")]
    [InlineData("/membership", "400")]
    [InlineData("/staff", "400")]
    [InlineData("/secretary-general", "400")]
    [InlineData("/secretary-general", "404")]
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
    [InlineData("/membership", "on")]
    [InlineData("/staff", "on")]
    [InlineData("/secretary-general", "on")]
    [InlineData("/regions/{n}", "n")]
    [InlineData("/items/{id}", "id")]
    [InlineData("/pillars/{n}", "n")]
    [InlineData("/members/{isoCode}", "isoCode")]
    public async Task Document_DescribesEveryParameter(string route, string parameter)
    {
        var parameters = (await Document())["paths"]![route]!["get"]!["parameters"]!.AsArray();
        var described = parameters.Single(p => p!["name"]!.GetValue<string>() == parameter);
        described!["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/items")]
    [InlineData("/search")]
    public async Task Document_KindParameter_ListsEveryKindOfTheLibrary(string route)
    {
        var parameters = (await Document())["paths"]![route]!["get"]!["parameters"]!.AsArray();
        var description = parameters.Single(p => p!["name"]!.GetValue<string>() == "kind")!["description"]!.GetValue<string>();
        description.Should().Be(KnowledgeEndpoints.KindDescription);
        foreach (var kind in KnowledgeKinds.All)
        {
            description.Should().Contain(KnowledgeKinds.Word(kind), "the list is made from the library's kinds");
        }
    }

    [Fact]
    public async Task Document_HasNoParameterNamedAsOf()
    {
        // The date parameter is `on` everywhere since 3.0 (the index's `asOf` member is the dataset's date, not a parameter).
        var names = (await Document())["paths"]!.AsObject()
            .SelectMany(path => path.Value!["get"]!["parameters"]?.AsArray() ?? [])
            .Select(parameter => parameter!["name"]!.GetValue<string>());
        names.Should().NotBeEmpty().And.NotContain("asOf").And.Contain("on");
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
