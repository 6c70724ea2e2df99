using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Mcp.Tests;

/// <summary>
/// The optional lang argument: each item's title in that language beside the item (TitleIn, written by WcoJson), the
/// text in it, the item itself unchanged; a malformed tag is a tool error.
/// </summary>
public sealed class LanguageTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public async Task Get_member_in_French_answers_Allemagne()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "DE", lang = "fr" });

        result.IsError.Should().NotBe(true);
        var structured = McpSession.Structured(result);
        structured.GetProperty("language").GetString().Should().Be("fr");
        var title = structured.GetProperty("title");
        title.GetProperty("text").GetString().Should().Be("Allemagne");
        title.GetProperty("language").GetString().Should().Be("fr");
        title.GetProperty("requestedLanguage").GetString().Should().Be("fr");
        title.GetProperty("isFallback").GetBoolean().Should().BeFalse();
        Same(title, Kb.GetMember("DE").TitleIn("fr"));
        // The item stays in the dataset's shape, in English, with its translations.
        Same(structured.GetProperty("item"), (IKnowledgeItem)Kb.GetMember("DE"));
        McpSession.Text(result).Should().StartWith("Allemagne [Germany] (id member-germany, member)");
    }

    [Fact]
    public async Task A_French_variant_is_answered_in_French()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetItem, new { id = "member-germany", lang = "fr-CA" });

        var structured = McpSession.Structured(result);
        structured.GetProperty("language").GetString().Should().Be("fr");
        structured.GetProperty("title").GetProperty("text").GetString().Should().Be("Allemagne");
        structured.GetProperty("title").GetProperty("requestedLanguage").GetString().Should().Be("fr-CA");
    }

    [Fact]
    public async Task A_language_without_titles_falls_back_to_English_and_says_so()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "DE", lang = "de" });

        result.IsError.Should().NotBe(true);
        var structured = McpSession.Structured(result);
        structured.GetProperty("language").GetString().Should().Be("en");
        var title = structured.GetProperty("title");
        title.GetProperty("text").GetString().Should().Be("Germany");
        title.GetProperty("language").GetString().Should().Be("en");
        title.GetProperty("requestedLanguage").GetString().Should().Be("de");
        title.GetProperty("isFallback").GetBoolean().Should().BeTrue();
        McpSession.Text(result).Should().StartWith("Germany (id member-germany, member)");
    }

    [Fact]
    public async Task An_item_without_a_French_title_keeps_its_English_one_in_a_French_answer()
    {
        var untranslated = Kb.Items.First(item => item.TranslationIn("fr") is null);
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetItem, new { id = untranslated.Id, lang = "fr" });

        var title = McpSession.Structured(result).GetProperty("title");
        title.GetProperty("text").GetString().Should().Be(untranslated.Title);
        title.GetProperty("isFallback").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Without_lang_the_title_is_English()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "DE" });

        var structured = McpSession.Structured(result);
        structured.GetProperty("language").GetString().Should().Be("en");
        Same(structured.GetProperty("title"), Kb.GetMember("DE").TitleIn("en"));
        McpSession.Text(result).Should().StartWith("Germany (id member-germany, member)");
    }

    [Fact]
    public async Task List_items_and_search_carry_French_titles()
    {
        await using var session = await McpSession.StartAsync();
        var list = await session.CallAsync(WcoMcpToolNames.ListItems, new { kind = "members", lang = "fr" });
        var entries = McpSession.Structured(list).GetProperty("items").EnumerateArray().ToList();
        entries.Should().HaveCount(Kb.Members.Count);
        var members = Kb.GetItems(KnowledgeKind.Member);
        for (var i = 0; i < entries.Count; i++)
        {
            Same(entries[i].GetProperty("item"), members[i]);
            Same(entries[i].GetProperty("title"), members[i].TitleIn("fr"));
        }

        McpSession.Text(list).Should().Contain("member-germany: Allemagne [Germany]");

        var search = await session.CallAsync(WcoMcpToolNames.Search, new { query = "Germany", kind = "member", limit = 1, lang = "fr" });
        var hit = McpSession.Structured(search).GetProperty("hits")[0];
        hit.EnumerateObject().Select(p => p.Name).Take(2).Should().Equal("item", "title");
        hit.GetProperty("title").GetProperty("text").GetString().Should().Be("Allemagne");
        McpSession.Text(search).Should().Contain("1. Allemagne [Germany] (id member-germany");
    }

    [Theory]
    [InlineData("fr_CA")]
    [InlineData("*")]
    [InlineData("français")]
    [InlineData("f")]
    [InlineData("fr-")]
    public async Task A_malformed_lang_is_a_tool_error_that_says_what_to_send(string lang)
    {
        await using var session = await McpSession.StartAsync();
        foreach (var (tool, arguments) in new (string, object)[]
        {
            (WcoMcpToolNames.GetMember, new { member = "DE", lang }),
            (WcoMcpToolNames.GetItem, new { id = "member-germany", lang }),
            (WcoMcpToolNames.Search, new { query = "Germany", lang }),
            (WcoMcpToolNames.ListItems, new { kind = "region", lang }),
        })
        {
            var result = await session.CallAsync(tool, arguments);
            result.IsError.Should().BeTrue($"{tool} with lang '{lang}'");
            result.StructuredContent.Should().BeNull();
            McpSession.Text(result).Should().Contain("'lang'").And.Contain("not a language tag").And.Contain("\"fr\"");
        }
    }

    [Fact]
    public async Task An_empty_lang_is_a_tool_error()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "DE", lang = " " });
        result.IsError.Should().BeTrue();
        McpSession.Text(result).Should().Contain("'lang' is empty");
    }

    private static void Same<T>(JsonElement actual, T expected)
    {
        var expectedJson = JsonSerializer.Serialize(expected, WcoJson.GetTypeInfo<T>());
        JsonElement.DeepEquals(actual, JsonDocument.Parse(expectedJson).RootElement).Should().BeTrue($"expected {expectedJson}, got {actual}");
    }
}
