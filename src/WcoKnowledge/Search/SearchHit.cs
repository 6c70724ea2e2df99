namespace WcoKnowledge;

/// <summary>One result of <see cref="IWcoKnowledgeBase.Search(string, SearchOptions?)"/>: the item, how well it matched and why.</summary>
/// <remarks>
/// An immutable value; thread-safe. Hits come only from a search (a <see langword="default"/> value has no item);
/// two hits are equal when they name the same item instance with the same score, field and text.
/// </remarks>
public readonly record struct SearchHit
{
    internal SearchHit(IKnowledgeItem item, double score, SearchField field, string matchedText)
    {
        Item = item;
        Score = score;
        Field = field;
        MatchedText = matchedText;
    }

    /// <summary>The item found.</summary>
    public IKnowledgeItem Item { get; }

    /// <summary>
    /// How well it matched; higher is better. Comparable within one result list only: roughly the share of query
    /// words matched, weighted by field (title above alias above summary) and by match quality (exact above
    /// type-ahead prefix above typo), plus a bonus when the whole query is the title or an alias, or stands in it as a phrase.
    /// </summary>
    public double Score { get; }

    /// <summary>The field that matched best.</summary>
    public SearchField Field { get; }

    /// <summary>The text of that field: the title, the alias, or the summary.</summary>
    public string MatchedText { get; }

    /// <summary>The kind of <see cref="Item"/>.</summary>
    public KnowledgeKind Kind => Item.Kind;
}
