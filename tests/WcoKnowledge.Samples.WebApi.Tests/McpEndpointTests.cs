using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using WcoKnowledge.Mcp;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>
/// The <c>/mcp</c> endpoint, spoken to by the MCP SDK's own client over Streamable HTTP through the in-memory test
/// server: the handshake, the tool list, one answer checked value by value, and 64 tool calls at once, each answered
/// with the library's own answer or with the tool error its bad input calls for. Like every test here it runs with
/// reflection-based JSON switched off, as the NativeAOT build does.
/// </summary>
public sealed class McpEndpointTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private const int ConcurrentCalls = 64;

    private static readonly string[] ToolNames =
    [
        WcoMcpToolNames.Search, WcoMcpToolNames.GetItem, WcoMcpToolNames.GetMember,
        WcoMcpToolNames.MembershipOn, WcoMcpToolNames.ListItems, WcoMcpToolNames.OrganizationOn,
    ];

    private static IWcoKnowledgeBase Kb => Expected.Kb;

    [Fact]
    public async Task Initialize_NamesTheServerAndItsInstructions()
    {
        await using var client = await ConnectAsync();
        client.ServerInfo!.Name.Should().Be(WcoMcpTools.ServerName);
        client.ServerInstructions.Should().Be(WcoMcpTools.Instructions);
        client.ServerCapabilities.Tools.Should().NotBeNull("the server offers tools");
    }

    [Fact]
    public async Task ToolsList_HasTheSixTools_ReadOnly_WithSchemas()
    {
        await using var client = await ConnectAsync();
        var tools = await client.ListToolsAsync();
        tools.Select(t => t.Name).Should().BeEquivalentTo(ToolNames);
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            tool.Description.Should().NotBeNullOrWhiteSpace(tool.Name);
            tool.Annotations!.ReadOnlyHint.Should().BeTrue(tool.Name);
            tool.InputSchema.GetProperty("type").GetString().Should().Be("object", tool.Name);
            tool.OutputSchema.Should().NotBeNull($"{tool.Name} returns structured content");
        }
    }

    [Fact]
    public async Task GetMember_BE_AnswersBelgiumWithItsJoiningDateAndSources()
    {
        await using var client = await ConnectAsync();
        var result = await client.CallToolAsync(Call(WcoMcpToolNames.GetMember, """{ "member": "BE" }"""));

        result.IsError.Should().NotBe(true, Text(result));
        var structured = Structured(result);
        structured["kind"]!.GetValue<string>().Should().Be("member");
        structured["item"]!["id"]!.GetValue<string>().Should().Be("member-belgium");
        structured["item"]!["memberSince"]!.GetValue<string>().Should().Be("1952-12-11");
        Expected.SameJson(structured["item"]!.ToJsonString(), Expected.Json(Kb.GetMember("BE")), "get_member BE");
        var urls = structured["sources"]!.AsArray().Select(s => s!["url"]?.GetValue<string>()).ToList();
        urls.Should().NotBeEmpty().And.Contain(url => url != null && url.StartsWith("https://", StringComparison.Ordinal), "an answer cites its sources");
        Text(result).Should().Contain("Belgium").And.Contain("https://", "the text names the sources too");
    }

    [Fact]
    public async Task ABadCall_IsAToolError_AndTheEndpointKeepsAnswering()
    {
        await using var client = await ConnectAsync();
        var bad = await client.CallToolAsync(Call(WcoMcpToolNames.GetItem, """{ "id": "no-such-item" }"""));
        bad.IsError.Should().BeTrue();
        Text(bad).Should().Contain(Kb.ExplainNotFound("no-such-item"));

        var unknown = async () => await client.CallToolAsync(Call("no_such_tool", "{}"));
        (await unknown.Should().ThrowAsync<McpProtocolException>("an unknown tool is a protocol error, not a tool's answer"))
            .Which.Message.Should().Contain("no_such_tool");

        var good = await client.CallToolAsync(Call(WcoMcpToolNames.GetItem, """{ "id": "pillar-integrity" }"""));
        good.IsError.Should().NotBe(true, Text(good));
        Expected.SameJson(Structured(good)["item"]!.ToJsonString(), Expected.Json(Kb.GetItem("pillar-integrity")), "get_item after a tool error");
    }

    [Fact]
    public async Task AnHttpGet_IsRefused_TheEndpointIsStateless()
    {
        // Stateless: no session, so no GET stream for server-initiated messages; and no Mcp-Session-Id on answers.
        using var http = factory.CreateClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(McpEndpoint.Route, UriKind.Relative));
        get.Headers.Accept.ParseAdd("text/event-stream");
        using var refused = await http.SendAsync(get);
        ((int)refused.StatusCode).Should().BeInRange(400, 499);

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(McpEndpoint.Route, UriKind.Relative))
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""",
                Encoding.UTF8, "application/json"),
        };
        post.Headers.Accept.ParseAdd("application/json");
        post.Headers.Accept.ParseAdd("text/event-stream");
        using var answer = await http.SendAsync(post);
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Headers.Contains("Mcp-Session-Id").Should().BeFalse();
        (await answer.Content.ReadAsStringAsync()).Should().Contain($"\"name\":\"{WcoMcpTools.ServerName}\"");
    }

    /// <summary>What one call sends and how its answer is judged: null when right, else what is wrong.</summary>
    private sealed record Case(string Tool, string Arguments, Func<CallToolResult, string?> Check);

    [Fact]
    public async Task SixtyFourConcurrentToolCalls_AreAllAnsweredWithTheExpectedContent()
    {
        var cases = Cases();
        await using var client = await ConnectAsync();

        // Every call is started before any is awaited, and the server sees them as 64 POSTs in flight at once.
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, ConcurrentCalls).Select(async i =>
        {
            var test = cases[i % cases.Count];
            await start.WaitAsync();
            try
            {
                var result = await client.CallToolAsync(Call(test.Tool, test.Arguments));
                return (i, test, Problem: test.Check(result));
            }
            catch (McpException e)
            {
                return (i, test, Problem: $"no answer: {e.GetType().Name}: {e.Message}");
            }
        }).ToList();
        start.Release(ConcurrentCalls);
        var outcomes = await Task.WhenAll(calls);

        outcomes.Should().HaveCount(ConcurrentCalls);
        outcomes.Where(o => o.Problem is not null).Select(o => $"call {o.i}: {o.test.Tool} {o.test.Arguments}: {o.Problem}")
            .Should().BeEmpty("every call is answered with the library's answer or the tool error its input calls for");
        outcomes.Select(o => o.test.Tool).Distinct().Should().BeEquivalentTo(ToolNames, "the mix calls every tool");
        outcomes.Select(o => o.test).Distinct().Should().HaveCount(cases.Count, "every case of the mix is sent");
    }

    // The mix: answers from every tool, each compared with the library's own answer written by WcoJson, and hostile
    // calls, each of which must come back as a tool error (isError) naming what was wrong, not as a fault.
    private static List<Case> Cases()
    {
        var cases = new List<Case>();
        foreach (var code in new[] { "BE", "fra", "JPN" })
        {
            cases.Add(new(WcoMcpToolNames.GetMember, $$"""{ "member": "{{code}}" }""", r => Same(r, "item", Kb.GetMember(code))));
        }

        cases.Add(new(WcoMcpToolNames.GetMember, """{ "member": "Ivory Coast" }""", r => Same(r, "item", Kb.GetMember("CI"))));
        foreach (var id in new[] { "pillar-integrity", "instrument-hs-convention", "instrument-kyoto-convention" })
        {
            cases.Add(new(WcoMcpToolNames.GetItem, $$"""{ "id": "{{id}}" }""", r => Same(r, "item", Kb.GetItem(id))));
        }

        cases.Add(new(WcoMcpToolNames.Search, """{ "query": "kyoto", "limit": 3 }""", r => SameJson(r, "hits", Expected.Hits(Kb.Search("kyoto", new SearchOptions { Limit = 3 })))));
        cases.Add(new(WcoMcpToolNames.Search, """{ "query": "integrty", "kind": "pillar" }""",
            r => SameJson(r, "hits", Expected.Hits(Kb.Search("integrty", new SearchOptions { Kind = KnowledgeKind.Pillar })))));
        cases.Add(new(WcoMcpToolNames.MembershipOn, """{ "date": "2015-12-31" }""", r => Same(r, "membership", Kb.MembershipOn(FactDate.Parse("2015-12-31")))));
        cases.Add(new(WcoMcpToolNames.MembershipOn, """{ "date": "2000" }""", r => Same(r, "membership", Kb.MembershipOn(FactDate.Parse("2000")))));
        cases.Add(new(WcoMcpToolNames.ListItems, """{ "kind": "regions" }""", r => SameJson(r, "items", Expected.Entries(Kb.GetItems(KnowledgeKind.Region)))));
        cases.Add(new(WcoMcpToolNames.GetMember, """{ "member": "DE", "lang": "fr" }""", r => SameJson(r, "title", Expected.Json(Kb.GetMember("DE").TitleIn("fr")))));
        cases.Add(new(WcoMcpToolNames.ListItems, """{ "kind": "regions", "lang": "fr-CA" }""", r => SameJson(r, "items", Expected.Entries(Kb.GetItems(KnowledgeKind.Region), "fr-CA"))));
        cases.Add(new(WcoMcpToolNames.GetMember, """{ "member": "DE", "lang": "fr_CA" }""", r => ToolError(r, "not a language tag")));
        cases.Add(new(WcoMcpToolNames.OrganizationOn, """{ "date": "2010-06-30" }""", r => Answer(r, s =>
            s["organizationId"]!.GetValue<string>() == Kb.Organization.Id
            && JsonNode.DeepEquals(s["on"]!["membership"], JsonNode.Parse(Expected.Json(Kb.MembershipOn(FactDate.Parse("2010-06-30"))))))));

        cases.Add(new(WcoMcpToolNames.GetItem, """{ "id": "no-such-item" }""", r => ToolError(r, Kb.ExplainNotFound("no-such-item"))));
        cases.Add(new(WcoMcpToolNames.GetMember, """{ "member": "XX" }""", r => ToolError(r, Kb.ExplainMemberNotFound("XX"))));
        cases.Add(new(WcoMcpToolNames.MembershipOn, """{ "date": "2000-13-45" }""", r => ToolError(r, "2000-13-45")));
        cases.Add(new(WcoMcpToolNames.Search, """{ "query": "kyoto", "limit": "abc" }""", r => ToolError(r, "'limit'")));
        cases.Add(new(WcoMcpToolNames.Search, $$"""{ "query": "{{new string('q', 20_000)}}" }""", r => ToolError(r, "'query'")));
        cases.Add(new(WcoMcpToolNames.ListItems, """{ "kind": "pillarz" }""", r => ToolError(r, "pillarz")));
        cases.Add(new(WcoMcpToolNames.GetItem, """{}""", r => ToolError(r, "'id'")));
        return cases;
    }

    private async Task<McpClient> ConnectAsync()
    {
        // The factory's client sends every request to the in-memory server; the transport takes it over (and disposes it).
        var http = factory.CreateClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = new Uri(http.BaseAddress!, McpEndpoint.Route),
                TransportMode = HttpTransportMode.StreamableHttp,
                Name = "web API tests",
            },
            http,
            ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }

    // Arguments as raw JSON, parsed without a serializer: reflection-based JSON is off in this test process.
    private static CallToolRequestParams Call(string tool, string arguments) => new()
    {
        Name = tool,
        Arguments = JsonElement.Parse(arguments).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
    };

    private static string Text(CallToolResult result) =>
        string.Join("\n", result.Content.OfType<TextContentBlock>().Select(block => block.Text));

    private static JsonNode Structured(CallToolResult result) =>
        JsonNode.Parse(result.StructuredContent?.GetRawText() ?? throw new InvalidOperationException("no structured content: " + Text(result)))!;

    private static string? Answer(CallToolResult result, Func<JsonNode, bool> isRight)
    {
        if (result.IsError == true)
        {
            return "a tool error: " + Text(result);
        }

        if (result.StructuredContent is null)
        {
            return "no structured content";
        }

        return isRight(Structured(result)) ? null : "structured content other than the library's answer";
    }

    private static string? Same<T>(CallToolResult result, string member, T expected) => SameJson(result, member, Expected.Json(expected));

    // The web API and the MCP tools write items with their titles in the same shapes: { "item", "title" }, hits with
    // "title" after "item".
    private static string? SameJson(CallToolResult result, string member, string expectedJson) =>
        Answer(result, s => JsonNode.DeepEquals(s[member], JsonNode.Parse(expectedJson)));

    private static string? ToolError(CallToolResult result, string mustName)
    {
        if (result.IsError != true)
        {
            return "an answer where a tool error was due";
        }

        return Text(result).Contains(mustName, StringComparison.Ordinal) ? null : $"a tool error that does not name {mustName}: {Text(result)}";
    }
}
