using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Mcp.Tests;

/// <summary>What a client sees before calling anything: the server's name and instructions and the six tools, each
/// described, with described parameters, an output schema and read-only annotations.</summary>
public sealed class ToolListTests
{
    private static readonly string[] Names =
    [
        WcoMcpToolNames.Search, WcoMcpToolNames.GetItem, WcoMcpToolNames.GetMember,
        WcoMcpToolNames.MembershipOn, WcoMcpToolNames.ListItems, WcoMcpToolNames.OrganizationOn,
    ];

    [Fact]
    public async Task The_server_names_itself_and_says_what_it_is_for()
    {
        await using var session = await McpSession.StartAsync();
        session.Client.ServerInfo!.Name.Should().Be("wco");
        session.Client.ServerInfo.Version.Should().StartWith("3.");
        (session.Client.ServerInstructions ?? string.Empty).Should().Contain("World Customs Organization").And.Contain("Cite the sources");
        session.Client.ServerCapabilities!.Tools.Should().NotBeNull();
    }

    [Fact]
    public async Task Lists_six_tools_in_one_naming_style()
    {
        await using var session = await McpSession.StartAsync();
        var tools = await session.Client.ListToolsAsync();
        tools.Select(tool => tool.Name).Should().Equal(Names);
        tools.Select(tool => tool.Name).Should().OnlyContain(name => name.All(c => char.IsAsciiLetterLower(c) || c == '_'));
    }

    [Fact]
    public async Task Every_tool_is_described_read_only_and_has_an_output_schema()
    {
        await using var session = await McpSession.StartAsync();
        foreach (var tool in await session.Client.ListToolsAsync())
        {
            var protocol = tool.ProtocolTool;
            protocol.Description!.Length.Should().BeGreaterThan(150, $"{tool.Name} tells a model when to use it and what it returns");
            protocol.Title.Should().NotBeNullOrWhiteSpace();
            protocol.Annotations!.ReadOnlyHint.Should().BeTrue();
            protocol.Annotations.IdempotentHint.Should().BeTrue();
            protocol.Annotations.DestructiveHint.Should().BeFalse();
            protocol.Annotations.OpenWorldHint.Should().BeFalse();
            protocol.OutputSchema.Should().NotBeNull($"{tool.Name} returns structured content");
            protocol.OutputSchema!.Value.GetProperty("type").GetString().Should().Be("object");
            foreach (var parameter in protocol.InputSchema.GetProperty("properties").EnumerateObject())
            {
                parameter.Value.GetProperty("description").GetString().Should().Contain("e.g.", $"{tool.Name}'s '{parameter.Name}' shows an example value");
            }
        }
    }

    [Fact]
    public async Task Input_schemas_name_the_parameters_and_which_are_required()
    {
        await using var session = await McpSession.StartAsync();
        var tools = (await session.Client.ListToolsAsync()).ToDictionary(tool => tool.Name, tool => tool.ProtocolTool.InputSchema);
        Parameters(tools[WcoMcpToolNames.Search]).Should().Equal("query", "kind", "limit", "lang");
        Required(tools[WcoMcpToolNames.Search]).Should().Equal("query");
        Parameters(tools[WcoMcpToolNames.GetItem]).Should().Equal("id", "lang");
        Required(tools[WcoMcpToolNames.GetItem]).Should().Equal("id");
        Parameters(tools[WcoMcpToolNames.GetMember]).Should().Equal("member", "lang");
        Required(tools[WcoMcpToolNames.GetMember]).Should().Equal("member");
        Parameters(tools[WcoMcpToolNames.MembershipOn]).Should().Equal("date");
        Required(tools[WcoMcpToolNames.MembershipOn]).Should().Equal("date");
        Parameters(tools[WcoMcpToolNames.ListItems]).Should().Equal("kind", "lang");
        Required(tools[WcoMcpToolNames.ListItems]).Should().Equal("kind");
        Parameters(tools[WcoMcpToolNames.OrganizationOn]).Should().Equal("date");
        Required(tools[WcoMcpToolNames.OrganizationOn]).Should().BeEmpty();
    }

    [Fact]
    public void Every_kind_word_the_list_items_description_offers_is_one_the_library_parses()
    {
        // The description is the model's only guide to the kind argument: each word in it must work.
        var tool = WcoMcpTools.Create(WcoKnowledgeBase.Default).Single(t => t.ProtocolTool.Name == WcoMcpToolNames.ListItems);
        var description = tool.ProtocolTool.InputSchema.GetProperty("properties").GetProperty("kind").GetProperty("description").GetString()!;
        var words = description.Split('"').Where((_, i) => i % 2 == 1).ToList();
        words.Should().HaveCountGreaterThan(10);
        words.Where(word => !KnowledgeKinds.TryParse(word, out var _)).Should().BeEmpty();
    }

    private static string[] Parameters(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    private static string[] Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToArray() : [];
}
