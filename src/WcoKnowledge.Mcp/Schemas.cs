namespace WcoKnowledge.Mcp;

/// <summary>
/// The tools' output schemas: the wrapper objects the tools write, the same as the <c>wco</c> tool's <c>--json</c>
/// documents (docs/json-output.md), with the model objects inside described by name. Their own shapes are the
/// library's <see cref="WcoJson"/> shapes, documented there, not repeated here, so the schemas cannot drift from them.
/// </summary>
internal static class Schemas
{
    private const string OneItem = """{ "type": "object", "description": "An item as WcoJson writes it: id, title, summary, aliases, status, statusNote, sources (source ids), then its kind's own members." }""";
    private const string Title = """{ "type": "object", "description": "The item's title in the language asked for (lang; English without it), as WcoJson writes a LocalizedText: text, language (the language text is in), requestedLanguage, isFallback (true when the item has no title in that language and text is the English one)." }""";
    private const string Language = """{ "type": "string", "description": "The language the answer is in, of those the knowledge base has (en, fr): the one lang is answered by, en without lang or when none matches." }""";
    private const string SourceList = """{ "type": "array", "items": { "type": "object", "description": "A source: id, title, publisher, url, kind, asOf, note." } }""";

    public const string Search = $$"""
        { "type": "object", "properties": {
            "query": { "type": "string" },
            "kind": { "type": ["string", "null"], "description": "The kind searched, as its dataset word, or null for every kind." },
            "limit": { "type": "integer" },
            "language": {{Language}},
            "hits": { "type": "array", "description": "Best first.", "items": { "type": "object", "description": "A search hit: item, title (the item's title in the language: text, language, requestedLanguage, isFallback), score, field (title, alias or summary), matchedText." } } },
          "required": ["query", "kind", "limit", "language", "hits"] }
        """;

    public const string Item = $$"""
        { "type": "object", "properties": {
            "kind": { "type": "string", "description": "The item's kind, as its dataset word (member, instrument, pillar, ...)." },
            "language": {{Language}},
            "item": {{OneItem}},
            "title": {{Title}},
            "sources": {{SourceList}},
            "relations": { "type": "array", "items": { "type": "object", "description": "A relation: from, type, to, status, note, sources." } },
            "relatedSources": {{SourceList}} },
          "required": ["kind", "language", "item", "title", "sources", "relations", "relatedSources"] }
        """;

    public const string Membership = $$"""
        { "type": "object", "properties": {
            "membership": { "type": "object", "description": "date, registryCount, membersWithoutDate, publishedFigure (a dated figure or null), publishedFigureAgeInDays." },
            "sources": {{SourceList}} },
          "required": ["membership", "sources"] }
        """;

    public const string Items = $$"""
        { "type": "object", "properties": {
            "kind": { "type": "string" },
            "language": {{Language}},
            "items": { "type": "array", "items": { "type": "object", "properties": { "item": {{OneItem}}, "title": {{Title}} }, "required": ["item", "title"] } } },
          "required": ["kind", "language", "items"] }
        """;

    public const string OrganizationOn = $$"""
        { "type": "object", "properties": {
            "dataVersion": { "type": "string" },
            "asOf": { "type": "string", "description": "The date the data is current as of." },
            "organizationId": { "type": "string", "description": "The organization's item id; get_item gives its facts in full (names, founding convention, seat, history, series)." },
            "on": { "type": "object", "description": "date, membership (as membership_on), secretariatStaff (date, figure, figureAgeInDays), secretaryGeneral (an item or null), officers (items)." },
            "sources": {{SourceList}} },
          "required": ["dataVersion", "asOf", "organizationId", "on", "sources"] }
        """;
}
