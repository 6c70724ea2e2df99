using System;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace WcoKnowledge.Mcp.Tests;

public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Explore()
    {
        await using var session = await McpSession.StartAsync();
        var s = new { Session = session };
        var tools = await s.Session.Client.ListToolsAsync();
        foreach (var t in tools) { output.WriteLine(t.Name + " " + t.ProtocolTool.InputSchema.ToString()); }
        foreach (var (tool, args) in new (string, object)[] {
            ("search", new { query = "Revised Kyoto" }), ("get_member", new { member = "BE" }), ("get_member", new { member = "Ivory Coast" }),
            ("get_member", new { member = "Narnia" }), ("get_member", new { member = "Germny" }), ("get_member", new { member = "TW" }),
            ("membership_on", new { date = "2000-01-01" }), ("membership_on", new { date = "2000-13-45" }), ("search", new { query = "kyoto", limit = "abc" }),
            ("get_item", new { id = "instrument-kyoto" }), ("search", new { query = new string('a', 20000) }), ("search", new { query = "kyo\u0000to" }),
            ("list_items", new { kind = "regions" }), ("organization_on", new { date = "2010" }), ("get_item", new { id = "src-wco-history" }) })
        {
            var r = await s.Session.CallAsync(tool, args);
            var text = McpSession.Text(r);
            output.WriteLine($"== {tool} {System.Text.Json.JsonSerializer.Serialize(args).Substring(0, Math.Min(80, System.Text.Json.JsonSerializer.Serialize(args).Length))} isError={r.IsError} structuredLen={r.StructuredContent?.GetRawText().Length}\n{text[..Math.Min(text.Length, 1200)]}");
        }
        var members = await s.Session.CallAsync("list_items", new { kind = "members" });
        output.WriteLine("members structured " + members.StructuredContent?.GetRawText().Length);
    }
}

