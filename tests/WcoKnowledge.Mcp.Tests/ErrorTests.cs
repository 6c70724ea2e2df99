using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using ModelContextProtocol.Protocol;
using Xunit;

namespace WcoKnowledge.Mcp.Tests;

/// <summary>Bad input is an answer too: a tool error (isError) that says what was wrong and what to try, never a
/// protocol error or a dead session; each test ends with a good call on the same session.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task An_unknown_id_gives_the_library_s_message_and_the_nearest_ids()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetItem, new { id = "instrument-kyoto" });

        result.IsError.Should().BeTrue();
        result.StructuredContent.Should().BeNull();
        McpSession.Text(result).Should().StartWith(WcoKnowledgeBase.Default.ExplainNotFound("instrument-kyoto"))
            .And.Contain("Nearest matches:").And.Contain("- instrument-kyoto-convention:").And.Contain("- instrument-revised-kyoto-convention:");
        await StillAnswers(session);
    }

    [Fact]
    public async Task A_code_that_is_no_Member_is_an_error_not_a_lookalike_Member()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "TW" });

        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().StartWith(WcoKnowledgeBase.Default.ExplainMemberNotFound("TW")).And.Contain("list_items");
        await StillAnswers(session);
    }

    [Fact]
    public async Task A_name_that_is_no_Member_is_an_error()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "Narnia" });
        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain("No WCO Member is named 'Narnia'");
    }

    [Theory]
    [InlineData("2000-13-45")]
    [InlineData("1 January 2000")]
    [InlineData("2023-02-29")]
    public async Task A_malformed_date_gives_the_library_s_message_and_the_accepted_forms(string date)
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.MembershipOn, new { date });

        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain($"'{date}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.").And.Contain("\"2000-01-01\"");
        (await session.CallAsync(WcoMcpToolNames.OrganizationOn, new { date })).IsError.Should().BeTrue();
        await StillAnswers(session);
    }

    [Fact]
    public async Task A_20000_character_query_is_refused_with_the_limit()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.Search, new { query = new string('k', 20_000) });

        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain("20,000 characters").And.Contain("at most 1,000");
        await StillAnswers(session);
    }

    [Theory]
    [InlineData(WcoMcpToolNames.Search, "query", "kyo\u0000to")]
    [InlineData(WcoMcpToolNames.GetItem, "id", "pillar-integrity\u001b[2J")]
    [InlineData(WcoMcpToolNames.GetMember, "member", "B\u0007E")]
    public async Task Control_characters_are_refused(string tool, string argument, string value)
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(tool, new Dictionary<string, string> { [argument] = value });

        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain($"The argument '{argument}' holds a control character");
        await StillAnswers(session);
    }

    [Fact]
    public async Task A_limit_sent_as_a_string_is_a_tool_error_that_names_the_argument()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.Search, new { query = "kyoto", limit = "abc" });

        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Be("The argument 'limit' must be a whole number (e.g. 5, without quotes), not a string.");
        await StillAnswers(session);
    }

    [Theory]
    [InlineData("""{ "id": 42 }""", "The argument 'id' must be a string, not this number.")]
    [InlineData("""{ "id": ["pillar-integrity"] }""", "The argument 'id' must be a string, not an array.")]
    [InlineData("""{ "ids": "pillar-integrity" }""", "The tool get_item has no argument 'ids'; its arguments are: id, lang.")]
    [InlineData("""{ }""", "The tool get_item needs the argument 'id'; its arguments are: id, lang.")]
    public async Task Wrong_argument_types_and_names_are_tool_errors(string arguments, string message)
    {
        await using var session = await McpSession.StartAsync();
        var args = JsonDocument.Parse(arguments).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var result = await session.Client.CallToolAsync(new CallToolRequestParams { Name = WcoMcpToolNames.GetItem, Arguments = args });

        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Be(message);
        await StillAnswers(session);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-3)]
    public async Task A_limit_out_of_range_says_the_range(int limit)
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.Search, new { query = "kyoto", limit });
        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain("from 1 to 50");
    }

    [Fact]
    public async Task An_unknown_kind_lists_the_kinds()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.ListItems, new { kind = "treaties" });
        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain("'treaties' is not a kind").And.Contain("governanceBody").And.Contain("member");
    }

    [Fact]
    public async Task An_empty_query_is_an_error()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.Search, new { query = "   " });
        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain("'query' is empty");
    }

    [Fact]
    public async Task Every_hostile_call_in_a_row_then_a_good_one_on_the_same_session()
    {
        await using var session = await McpSession.StartAsync();
        var hostile = new (string Tool, object Arguments)[]
        {
            (WcoMcpToolNames.GetItem, new { id = "no-such-item" }),
            (WcoMcpToolNames.GetMember, new { member = "TW" }),
            (WcoMcpToolNames.MembershipOn, new { date = "2000-13-45" }),
            (WcoMcpToolNames.Search, new { query = new string('x', 20_000) }),
            (WcoMcpToolNames.Search, new { query = "\u0001\u0002" }),
            (WcoMcpToolNames.Search, new { query = "kyoto", limit = "abc" }),
            (WcoMcpToolNames.ListItems, new { kind = 7 }),
        };
        foreach (var (tool, arguments) in hostile)
        {
            (await session.CallAsync(tool, arguments)).IsError.Should().BeTrue($"{tool} with {arguments} is bad input");
        }

        await StillAnswers(session);
    }

    private static async Task StillAnswers(McpSession session)
    {
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "BE" });
        result.IsError.Should().NotBe(true);
        McpSession.Structured(result).GetProperty("item").GetProperty("memberSince").GetString().Should().Be("1952-12-11");
    }
}
