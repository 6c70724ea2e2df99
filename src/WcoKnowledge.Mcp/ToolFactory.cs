using System;
using System.Collections.Generic;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WcoKnowledge.Mcp;

/// <summary>
/// Makes the six tools from <see cref="KnowledgeTools"/>'s methods with the SDK's <see cref="McpServerTool.Create(Delegate, McpServerToolCreateOptions?)"/>
/// (the input schema comes from the parameters and their descriptions), each with the description a model chooses by,
/// the read-only annotations, and an explicit output schema for the structured content, which the methods return
/// themselves as <see cref="CallToolResult"/> so that they can also return tool errors.
/// </summary>
internal static class ToolFactory
{
    /// <summary>What the optional <c>lang</c> argument does, the same sentence in every tool that returns items.</summary>
    private const string LangSentence =
        "With lang (e.g. \"fr\") each item's title comes in that language beside the item (\"title\": text, language, requestedLanguage, isFallback) "
        + "and the text uses it, e.g. Allemagne for Germany; the item itself stays in English with all its translations.";

    public static IReadOnlyList<McpServerTool> CreateAll(KnowledgeTools tools) =>
    [
        Make((Func<string, string?, int?, string?, CallToolResult>)tools.Search, WcoMcpToolNames.Search, "Search the WCO knowledge base",
            "Finds WCO items by words: instruments (conventions, agreements, standards), Members by name, bodies, regions, officers, "
            + "strategic plans and objectives, building blocks, topics. Use it first when you know a name, an acronym (RKC, HS, SAFE) or a subject but not the id. "
            + "Returns up to 'limit' hits, best first, each with the item, its score and the text that matched; the text names each hit's first source. "
            + "Then call get_item with a hit's id for the item in full with all its sources. Facts about the WCO only, not a country's own customs rules. "
            + LangSentence,
            Schemas.Search),
        Make((Func<string, string?, CallToolResult>)tools.GetItem, WcoMcpToolNames.GetItem, "Get one WCO item by id",
            "Returns one item by its stable id (from search or list_items) with everything needed to cite it: its fields, its confirmation status "
            + "and status note, its sources resolved (title, publisher, URL, kind, as-of date), its relations to other items (e.g. an instrument "
            + "managedBy a committee) and the sources those relations cite. An unknown id gives an error with the nearest ids. " + LangSentence,
            Schemas.Item),
        Make((Func<string, string?, CallToolResult>)tools.GetMember, WcoMcpToolNames.GetMember, "Get a WCO Member by ISO code or name",
            "Returns one WCO Member (a country or customs territory) by its ISO 3166-1 code, alpha-2 (BE) or alpha-3 (BEL), or by its English name: "
            + "its codes, WCO region, the date it joined (and whether that is the deposit or the effective date), status, relations and sources "
            + "with URLs. A code or name that is no Member (e.g. TW) gives an error with the nearest Members. " + LangSentence,
            Schemas.Item),
        Make((Func<string, CallToolResult>)tools.MembershipOn, WcoMcpToolNames.MembershipOn, "How many WCO Members on a date",
            "Answers how many Members the WCO had on a date, twice: the registry's count (Members whose joining date is on or before it) and the "
            + "newest published count in force then, with its own date and its age in days (published counts are sparse: on 2000-01-01 the newest "
            + "is from 1953, so prefer the registry's count for old dates). Includes the published count's sources.",
            Schemas.Membership),
        Make((Func<string, string?, CallToolResult>)tools.ListItems, WcoMcpToolNames.ListItems, "List the WCO items of a kind",
            "Lists every item of one kind in full, in number or dataset order: e.g. the 10 building blocks (pillar), the instruments, the regions, "
            + "the Secretaries General, the governance bodies, or all 187 Members (a large answer: for one Member use get_member). "
            + "An unknown kind gives an error that lists the kinds. " + LangSentence,
            Schemas.Items),
        Make((Func<string?, CallToolResult>)tools.OrganizationOn, WcoMcpToolNames.OrganizationOn, "The WCO's facts on a date",
            "Answers what held for the WCO on one date: membership (the registry's count and the newest published count with its age), the "
            + "Secretariat staff figure in force with its age, the Secretary General and the other officers (Council Chair, Deputy Secretaries General) "
            + "in office, with the sources of those answers resolved. Without a date: the date the data is current as of. "
            + "For the organization's standing facts (names, founding convention, seat, history) call get_item with the organizationId it returns.",
            Schemas.OrganizationOn),
    ];

    private static McpServerTool Make(Delegate method, string name, string title, string description, string outputSchema)
    {
        var tool = McpServerTool.Create(method, new McpServerToolCreateOptions
        {
            Name = name,
            Title = title,
            Description = description,
            // Every tool reads immutable data: clients may call them without asking the user first.
            ReadOnly = true,
            Idempotent = true,
            Destructive = false,
            OpenWorld = false,
            UseStructuredContent = true,
            OutputSchema = JsonElement.Parse(outputSchema),
        });
        return new ArgumentCheckingTool(tool);
    }
}
