namespace WcoKnowledge;

/// <summary>A WCO strategy document, such as "Customs in the 21st Century" (June 2008), whose building blocks are the <see cref="Pillar"/> items.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record StrategyDocument : KnowledgeItem
{
    internal StrategyDocument(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Strategy;

    /// <summary>When the WCO Council adopted it.</summary>
    public FactDate Adopted { get; internal init; }
}
