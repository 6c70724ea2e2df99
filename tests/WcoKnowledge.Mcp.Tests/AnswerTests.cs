using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Mcp.Tests;

/// <summary>Each tool called through the SDK's client: the structured content holds the library's answer in the
/// WcoJson shapes, and the text says it and names the sources.</summary>
public sealed class AnswerTests
{
    [Fact]
    public async Task Search_finds_the_Revised_Kyoto_Convention_first_and_names_its_source()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.Search, new { query = "Revised Kyoto" });

        result.IsError.Should().NotBe(true);
        var structured = McpSession.Structured(result);
        structured.GetProperty("query").GetString().Should().Be("Revised Kyoto");
        structured.GetProperty("kind").ValueKind.Should().Be(JsonValueKind.Null);
        structured.GetProperty("limit").GetInt32().Should().Be(10);
        var top = structured.GetProperty("hits")[0];
        top.GetProperty("item").GetProperty("id").GetString().Should().Be("instrument-revised-kyoto-convention");
        top.GetProperty("field").GetString().Should().Be("alias");
        top.GetProperty("matchedText").GetString().Should().Be("Revised Kyoto Convention");
        McpSession.Text(result).Should().Contain("1. Protocol of Amendment").And.Contain("instrument-revised-kyoto-convention")
            .And.Contain("https://www.wcoomd.org/");
    }

    [Fact]
    public async Task Search_takes_a_kind_and_a_limit()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.Search, new { query = "kyoto", kind = "topics", limit = 1 });

        var structured = McpSession.Structured(result);
        structured.GetProperty("kind").GetString().Should().Be("topic");
        structured.GetProperty("hits").GetArrayLength().Should().Be(1);
        structured.GetProperty("hits")[0].GetProperty("item").GetProperty("id").GetString().Should().Be("topic-trade-facilitation");
    }

    [Fact]
    public async Task Get_item_returns_the_item_with_its_sources_resolved_status_and_relations()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetItem, new { id = "instrument-hs-convention" });

        var structured = McpSession.Structured(result);
        structured.GetProperty("kind").GetString().Should().Be("instrument");
        var item = structured.GetProperty("item");
        item.GetProperty("id").GetString().Should().Be("instrument-hs-convention");
        item.GetProperty("adoptedOn").GetString().Should().Be("1983-06-14");
        item.GetProperty("status").GetString().Should().Be("confirmed");
        var source = structured.GetProperty("sources")[0];
        source.GetProperty("url").GetString().Should().StartWith("http");
        source.GetProperty("publisher").GetString().Should().NotBeNullOrEmpty();
        source.TryGetProperty("kind", out _).Should().BeTrue();
        source.TryGetProperty("asOf", out _).Should().BeTrue();
        item.GetProperty("sources").EnumerateArray().Select(s => s.GetString())
            .Should().Equal(structured.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        structured.GetProperty("relations").EnumerateArray()
            .Should().Contain(r => r.GetProperty("type").GetString() == "managedBy" && r.GetProperty("to").GetString() == "body-harmonized-system-committee");
        McpSession.Text(result).Should().Contain("instrument-hs-convention managedBy body-harmonized-system-committee").And.Contain("Sources:");
    }

    [Fact]
    public async Task Get_item_matches_what_the_library_and_WcoJson_give()
    {
        // No shape of the tools' own: the item in the answer is the one WcoJson writes.
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetItem, new { id = "pillar-integrity" });

        var expected = JsonSerializer.SerializeToElement(WcoKnowledgeBase.Default.GetItem("pillar-integrity"), WcoJson.GetTypeInfo<IKnowledgeItem>());
        McpSession.Structured(result).GetProperty("item").GetRawText().Should().Be(expected.GetRawText());
    }

    [Theory]
    [InlineData("BE")]
    [InlineData("bel")]
    [InlineData("Belgium")]
    public async Task Get_member_gives_Belgium_with_its_joining_date_and_a_source(string member)
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.GetMember, new { member });

        var structured = McpSession.Structured(result);
        structured.GetProperty("kind").GetString().Should().Be("member");
        var item = structured.GetProperty("item");
        item.GetProperty("id").GetString().Should().Be("member-belgium");
        item.GetProperty("memberSince").GetString().Should().Be("1952-12-11");
        item.GetProperty("isoAlpha3").GetString().Should().Be("BEL");
        structured.GetProperty("sources")[0].GetProperty("url").GetString().Should().StartWith("https://");
        McpSession.Text(result).Should().Contain("since 1952-12-11").And.Contain("Sources:").And.Contain("https://");
    }

    [Fact]
    public async Task Get_member_finds_a_Member_by_another_name_and_forgives_a_typo()
    {
        await using var session = await McpSession.StartAsync();
        McpSession.Structured(await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "Ivory Coast" }))
            .GetProperty("item").GetProperty("isoAlpha2").GetString().Should().Be("CI");
        McpSession.Structured(await session.CallAsync(WcoMcpToolNames.GetMember, new { member = "Germny" }))
            .GetProperty("item").GetProperty("id").GetString().Should().Be("member-germany");
    }

    [Fact]
    public async Task Membership_on_2000_gives_the_registry_count_and_the_1953_figure_with_its_age()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.MembershipOn, new { date = "2000-01-01" });

        var membership = McpSession.Structured(result).GetProperty("membership");
        membership.GetProperty("date").GetString().Should().Be("2000-01-01");
        membership.GetProperty("registryCount").GetInt32().Should().BeInRange(140, 160);
        membership.GetProperty("publishedFigure").GetProperty("asOf").GetString().Should().StartWith("1953");
        membership.GetProperty("publishedFigure").GetProperty("value").GetInt32().Should().Be(17);
        membership.GetProperty("publishedFigureAgeInDays").GetInt32().Should().BeGreaterThan(46 * 365);
        McpSession.Structured(result).GetProperty("sources")[0].GetProperty("url").GetString().Should().Contain("wcoomd.org");
        McpSession.Text(result).Should().Contain("by the registry on 2000-01-01").And.Contain("47 years older").And.Contain("wcoomd.org");
    }

    [Fact]
    public async Task Membership_on_agrees_with_the_library()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.MembershipOn, new { date = "2015-12" });

        var expected = WcoKnowledgeBase.Default.MembershipOn(FactDate.Parse("2015-12"));
        McpSession.Structured(result).GetProperty("membership").GetRawText()
            .Should().Be(JsonSerializer.SerializeToElement(expected, WcoJson.GetTypeInfo<MembershipOnDate>()).GetRawText());
    }

    [Fact]
    public async Task List_items_lists_a_kind_in_order()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.ListItems, new { kind = "building blocks" });

        var structured = McpSession.Structured(result);
        structured.GetProperty("kind").GetString().Should().Be("pillar");
        var items = structured.GetProperty("items").EnumerateArray().ToList();
        items.Should().HaveCount(10);
        items.Select(i => i.GetProperty("item").GetProperty("number").GetInt32()).Should().BeInAscendingOrder();
        items.Should().AllSatisfy(i => i.GetProperty("title").GetProperty("text").GetString().Should().Be(i.GetProperty("item").GetProperty("title").GetString()));
        McpSession.Text(result).Should().StartWith("10 ").And.Contain("pillar-integrity: Integrity");
    }

    [Fact]
    public async Task List_items_of_members_has_all_187()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.ListItems, new { kind = "member" });
        McpSession.Structured(result).GetProperty("items").GetArrayLength().Should().Be(WcoKnowledgeBase.Default.Members.Count).And.Be(187);
    }

    [Fact]
    public async Task Organization_on_a_date_gives_the_answers_for_it_with_sources()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.OrganizationOn, new { date = "2010" });

        var structured = McpSession.Structured(result);
        structured.GetProperty("organizationId").GetString().Should().Be("organization-wco");
        var on = structured.GetProperty("on");
        on.GetProperty("date").GetString().Should().Be("2010");
        on.GetProperty("secretaryGeneral").GetProperty("title").GetString().Should().Be("Kunio Mikuriya");
        on.GetProperty("membership").GetProperty("registryCount").GetInt32()
            .Should().Be(WcoKnowledgeBase.Default.MembershipOn(FactDate.Parse("2010")).RegistryCount);
        on.GetProperty("secretariatStaff").TryGetProperty("figure", out _).Should().BeTrue();
        on.GetProperty("officers").ValueKind.Should().Be(JsonValueKind.Array);
        structured.GetProperty("sources").GetArrayLength().Should().BeGreaterThan(0);
        McpSession.Text(result).Should().Contain("Customs Co-operation Council").And.Contain("Secretary General: Kunio Mikuriya").And.Contain("<http");
    }

    [Fact]
    public async Task Organization_on_without_a_date_answers_for_the_data_s_as_of_date()
    {
        await using var session = await McpSession.StartAsync();
        var result = await session.CallAsync(WcoMcpToolNames.OrganizationOn, new { });

        var structured = McpSession.Structured(result);
        structured.GetProperty("on").GetProperty("date").GetString().Should().Be(WcoKnowledgeBase.Default.AsOf.ToString());
        structured.GetProperty("on").GetProperty("membership").GetProperty("registryCount").GetInt32().Should().BeGreaterThan(180);
    }
}
