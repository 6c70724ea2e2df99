namespace WcoKnowledge;

/// <summary>One result of <see cref="IWcoKnowledgeBase.Search(string, SearchOptions?)"/>: the item, how well it matched and why.</summary>
/// <param name="Item">The item found.</param>
/// <param name="Score">
/// How well it matched; higher is better. Comparable within one result list only: roughly the share of query
/// words matched, weighted by field (title above alias above summary) and by match quality (exact above
/// type-ahead prefix above typo), plus a bonus when the whole query is the title or an alias, or stands in it as a phrase.
/// </param>
/// <param name="Field">The field that matched best.</param>
/// <param name="MatchedText">The text of that field: the title, the alias, or the summary.</param>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly record struct SearchHit(IKnowledgeItem Item, double Score, SearchField Field, string MatchedText)
{
    /// <summary>The kind of <see cref="Item"/>.</summary>
    public KnowledgeKind Kind => Item.Kind;
}
