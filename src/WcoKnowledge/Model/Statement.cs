namespace WcoKnowledge;

/// <summary>A vision or mission statement of the WCO, in one edition, with the era it belongs to.</summary>
/// <remarks>
/// <see cref="KnowledgeItem.Summary"/> paraphrases the statement in our own words; the sources hold the
/// official text. Immutable and thread-safe. Instances come only from a loaded knowledge base.
/// </remarks>
public sealed record Statement : KnowledgeItem
{
    private readonly KnowledgeKind _kind;

    internal Statement(ItemFields fields, KnowledgeKind kind)
        : base(fields)
    {
        _kind = kind;
    }

    private protected override KnowledgeKind ItemKind => _kind;

    /// <summary>When this edition was in use, for example "c. 2016 onward".</summary>
    public string Era { get; internal init; } = null!;
}
