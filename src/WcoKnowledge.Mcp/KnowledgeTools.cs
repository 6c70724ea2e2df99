using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace WcoKnowledge.Mcp;

/// <summary>
/// The tools' methods, thin over the library: check the arguments, ask the knowledge base, write the answer in the
/// <see cref="WcoJson"/> shapes with a short text that names the sources. No date rule, word list or JSON shape of
/// their own: dates parse with <see cref="FactDate.TryParse"/>, kinds with <see cref="KnowledgeKinds.TryParse"/>,
/// not-found messages come from <see cref="IWcoKnowledgeBase.ExplainNotFound(string)"/>.
/// </summary>
/// <remarks>Stateless apart from the immutable knowledge base, so one instance serves concurrent calls.</remarks>
internal sealed class KnowledgeTools(IWcoKnowledgeBase kb)
{
    /// <summary>The most search hits one call returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The search hits returned when no limit is given.</summary>
    public const int DefaultLimit = 10;

    public CallToolResult Search(
        [Description("What to look for, in words: a title, an acronym, a name or a topic, e.g. \"Revised Kyoto\", \"HS Convention\", \"integrity\". Typos, case and accents are forgiven. At most 1,000 characters.")]
        string query,
        [Description("Only items of this kind, e.g. \"instrument\", \"member\", \"pillar\", \"body\" (singular, plural or the JSON word); leave out for every kind.")]
        string? kind = null,
        [Description("The most hits to return, 1 to 50, e.g. 5; 10 if left out.")]
        int? limit = null,
        [Description("The language of the titles: a BCP 47 tag, e.g. \"fr\" or \"fr-CA\"; leave out for English. The knowledge base has titles in en and fr (every Member, many other items); an item with no title in the language keeps its English one, marked isFallback.")]
        string? lang = null)
    {
        if (!TryLanguage(lang, out var language, out var langError))
        {
            return langError;
        }

        if (ArgumentText.Problem("query", query, SearchOptions.MaxQueryLength) is { } problem)
        {
            return ToolResults.Error(problem);
        }

        KnowledgeKind? only = null;
        if (kind is not null)
        {
            if (!TryKind(kind, out var parsed, out var kindError))
            {
                return kindError;
            }

            only = parsed;
        }

        var max = limit ?? DefaultLimit;
        if (max is < 1 or > MaxLimit)
        {
            return ToolResults.Error($"The argument 'limit' is {max}; give a number from 1 to {MaxLimit}, or leave it out for {DefaultLimit}.");
        }

        var hits = kb.Search(query, new SearchOptions { Kind = only, Limit = max });
        var structured = new JsonObject
        {
            ["query"] = query,
            ["kind"] = only is { } k ? KnowledgeKinds.Word(k) : null,
            ["limit"] = max,
            ["language"] = kb.ChooseLanguage([language]).Language,
            ["hits"] = new JsonArray(hits.Select(hit => (JsonNode?)WithTitle(ToolJson.Model(hit)!.AsObject(), hit.Item, language)).ToArray()),
        };
        return ToolResults.Answer(structured, TextRendering.Hits(query, hits, language));
    }

    public CallToolResult GetItem(
        [Description("The item's stable id, as search or list_items return it, e.g. \"instrument-revised-kyoto-convention\", \"member-belgium\", \"pillar-integrity\".")]
        string id,
        [Description("The language of the titles: a BCP 47 tag, e.g. \"fr\" or \"fr-CA\"; leave out for English. The knowledge base has titles in en and fr (every Member, many other items); an item with no title in the language keeps its English one, marked isFallback.")]
        string? lang = null)
    {
        if (ArgumentText.Problem("id", id, ArgumentText.MaxKeyLength) is { } problem)
        {
            return ToolResults.Error(problem);
        }

        if (!TryLanguage(lang, out var language, out var langError))
        {
            return langError;
        }

        var trimmed = id.Trim();
        if (!kb.TryGetItem(trimmed, out var item))
        {
            return ToolResults.NotFound(
                kb.ExplainNotFound(trimmed),
                kb.Search(trimmed.Replace('-', ' '), new SearchOptions { Limit = ToolResults.NearestMatchCount }),
                "Call get_item with one of these ids, or search with words.");
        }

        return Item(item, language);
    }

    public CallToolResult GetMember(
        [Description("The Member's ISO 3166-1 code, alpha-2 (\"BE\") or alpha-3 (\"BEL\"), any case; or its name in English, e.g. \"Belgium\", \"Ivory Coast\".")]
        string member,
        [Description("The language of the titles: a BCP 47 tag, e.g. \"fr\" or \"fr-CA\"; leave out for English. The knowledge base has titles in en and fr (every Member, many other items); an item with no title in the language keeps its English one, marked isFallback.")]
        string? lang = null)
    {
        if (ArgumentText.Problem("member", member, ArgumentText.MaxKeyLength) is { } problem)
        {
            return ToolResults.Error(problem);
        }

        if (!TryLanguage(lang, out var language, out var langError))
        {
            return langError;
        }

        var text = member.Trim();
        if (kb.TryGetMember(text, out var found))
        {
            return Item(found, language);
        }

        var byName = kb.Search(text, new SearchOptions { Kind = KnowledgeKind.Member, Limit = ToolResults.NearestMatchCount });
        // Two or three letters are a code: a code that no Member has (TW) must not turn into a Member whose name
        // happens to look like it. Otherwise a name counts when it matches a Member's name or one of its other
        // names (search forgives typos there); a match in a summary only is offered, not taken.
        if (!IsCodeShaped(text) && byName.Count > 0 && byName[0].Field != SearchField.Summary)
        {
            return Item(byName[0].Item, language);
        }

        var message = IsCodeShaped(text)
            ? kb.ExplainMemberNotFound(text)
            : $"No WCO Member is named '{text}' in WCO knowledge base data version {kb.DataVersion}.";
        return ToolResults.NotFound(message, byName, "Call get_member with one of these Members' names or ISO codes, or list_items with kind \"member\" for all of them.");
    }

    public CallToolResult MembershipOn(
        [Description("The date: \"yyyy-MM-dd\", \"yyyy-MM\" or \"yyyy\" (a month or year stands for its first day), e.g. \"2000-01-01\".")]
        string date)
    {
        if (!TryDate(date, out var on, out var error))
        {
            return error;
        }

        var answer = kb.MembershipOn(on);
        var sources = answer.Published.Figure?.Sources ?? [];
        var structured = new JsonObject
        {
            ["membership"] = ToolJson.Model(answer),
            ["sources"] = ToolJson.Model(sources),
        };
        return ToolResults.Answer(structured, TextRendering.Membership(answer, sources));
    }

    public CallToolResult ListItems(
        [Description("The kind, singular, plural or the JSON word, e.g. \"instrument\", \"member\", \"pillar\" (building block), \"objective\", \"body\", \"region\", \"plan\", \"secretary general\", \"officer\", \"topic\", \"role\", \"value\", \"mission\", \"vision\", \"strategy\", \"organization\".")]
        string kind,
        [Description("The language of the titles: a BCP 47 tag, e.g. \"fr\" or \"fr-CA\"; leave out for English. The knowledge base has titles in en and fr (every Member, many other items); an item with no title in the language keeps its English one, marked isFallback.")]
        string? lang = null)
    {
        if (!TryKind(kind, out var parsed, out var error))
        {
            return error;
        }

        if (!TryLanguage(lang, out var language, out var langError))
        {
            return langError;
        }

        var items = kb.GetItems(parsed);
        var structured = new JsonObject
        {
            ["kind"] = KnowledgeKinds.Word(parsed),
            ["language"] = kb.ChooseLanguage([language]).Language,
            // Each item next to its title in the language, as the web API's lists: { "item", "title" }.
            ["items"] = new JsonArray(items.Select(item => (JsonNode?)new JsonObject { ["item"] = ToolJson.Model(item), ["title"] = ToolJson.Model(item.TitleIn(language)) }).ToArray()),
        };
        return ToolResults.Answer(structured, TextRendering.Items(parsed, items, language));
    }

    public CallToolResult OrganizationOn(
        [Description("The date: \"yyyy-MM-dd\", \"yyyy-MM\" or \"yyyy\" (a month or year stands for its first day), e.g. \"2010-06-30\"; leave out for the date the data is current as of.")]
        string? date = null)
    {
        var on = kb.AsOf;
        if (date is not null && !TryDate(date, out on, out var error))
        {
            return error;
        }

        var organization = kb.Organization;
        var membership = kb.MembershipOn(on);
        var staff = kb.SecretariatStaffOn(on);
        var leader = kb.SecretaryGeneralOn(on);
        var officers = kb.OfficersOn(on);
        // The sources the answers for the date cite, resolved, so that the answer can quote title and URL.
        IEnumerable<Source> cited = membership.Published.Figure?.Sources ?? [];
        cited = cited.Concat(staff.Figure?.Sources ?? []).Concat(leader?.Sources ?? []).Concat(officers.SelectMany(officer => officer.Sources));
        var sources = cited.Distinct().ToList();
        var structured = new JsonObject
        {
            ["dataVersion"] = kb.DataVersion,
            ["asOf"] = kb.AsOf.ToString(),
            // The organization item itself is left out: in full it is over 40 KB (its history, series and bodies), too
            // much to send with every date question; get_item with its id gives it.
            ["organizationId"] = organization.Id,
            ["on"] = new JsonObject
            {
                ["date"] = on.ToString(),
                ["membership"] = ToolJson.Model(membership),
                ["secretariatStaff"] = ToolJson.Model(staff),
                ["secretaryGeneral"] = ToolJson.Model(leader),
                ["officers"] = ToolJson.Model(officers),
            },
            ["sources"] = ToolJson.Model<IReadOnlyList<Source>>(sources),
        };
        return ToolResults.Answer(structured, TextRendering.OrganizationOn(organization, on, membership, staff, leader, officers, sources));
    }

    // One item as `wco show <id> --json` writes it: its kind, the item, its own sources, its relations and the library's
    // related sources (those its relations, editions, translations and Wikidata link cite), so every source id resolves.
    private CallToolResult Item(IKnowledgeItem item, string language)
    {
        var relations = kb.TryGetRelations(item.Id, out var found) ? found : [];
        var related = kb.GetRelatedSources(item);
        var structured = new JsonObject
        {
            ["kind"] = KnowledgeKinds.Word(item.Kind),
            ["language"] = kb.ChooseLanguage([language]).Language,
            ["item"] = ToolJson.Model(item),
            ["title"] = ToolJson.Model(item.TitleIn(language)),
            ["sources"] = ToolJson.Model(item.Sources),
            ["relations"] = ToolJson.Model(relations),
            ["relatedSources"] = ToolJson.Model(related),
        };
        return ToolResults.Answer(structured, TextRendering.Item(item, relations, related, language));
    }

    // A search hit as WcoJson writes it, with the item's title in the language after the item (as the web API's hits).
    private static JsonObject WithTitle(JsonObject hit, IKnowledgeItem item, string language)
    {
        var withTitle = new JsonObject();
        foreach (var (name, node) in hit.ToList())
        {
            hit.Remove(name);
            withTitle[name] = node;
            if (name == "item")
            {
                withTitle["title"] = ToolJson.Model(item.TitleIn(language));
            }
        }

        return withTitle;
    }

    /// <summary>The language tag of <c>lang</c>: English when left out; a tool error when it is no BCP 47 tag (<see cref="LanguageTags.IsWellFormed"/>).</summary>
    private bool TryLanguage(string? lang, out string language, out CallToolResult error)
    {
        error = null!;
        language = LanguageTags.English;
        if (lang is null)
        {
            return true;
        }

        if (ArgumentText.Problem("lang", lang, ArgumentText.MaxKeyLength) is { } problem)
        {
            error = ToolResults.Error(problem);
            return false;
        }

        if (!LanguageTags.IsWellFormed(lang.Trim()))
        {
            error = ToolResults.Error($"The argument 'lang' is '{lang}', which is not a language tag. Give a BCP 47 tag such as \"fr\" or \"fr-CA\" (letters and digits, subtags separated by hyphens, not underscores), or leave lang out for English. Titles exist in: {string.Join(", ", kb.Languages)}.");
            return false;
        }

        language = lang.Trim();
        return true;
    }

    private static bool IsCodeShaped(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiLetter);

    private static bool TryKind(string text, out KnowledgeKind kind, out CallToolResult error)
    {
        error = null!;
        if (ArgumentText.Problem("kind", text, ArgumentText.MaxKeyLength) is { } problem)
        {
            error = ToolResults.Error(problem);
            kind = default;
            return false;
        }

        if (KnowledgeKinds.TryParse(text, out kind))
        {
            return true;
        }

        var words = string.Join(", ", KnowledgeKinds.All.Select(KnowledgeKinds.Word));
        error = ToolResults.Error($"'{text}' is not a kind of item. Kinds: {words} (a singular or plural name such as \"members\" or \"building blocks\" works too).");
        return false;
    }

    private static bool TryDate(string text, out FactDate date, out CallToolResult error)
    {
        error = null!;
        date = default;
        if (ArgumentText.Problem("date", text, ArgumentText.MaxKeyLength) is { } problem)
        {
            error = ToolResults.Error(problem);
            return false;
        }

        if (FactDate.TryParse(text.Trim(), out date))
        {
            return true;
        }

        // The library's own message for the text, then what the tool accepts.
        string message;
        try
        {
            FactDate.Parse(text.Trim());
            message = $"'{text}' is not a date.";
        }
        catch (FormatException e)
        {
            message = e.Message;
        }

        error = ToolResults.Error(message + " Send a real calendar date such as \"2000-01-01\", a month \"2000-01\" or a year \"2000\" (a month or year stands for its first day).");
        return false;
    }
}
