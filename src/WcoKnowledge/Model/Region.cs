namespace WcoKnowledge;

/// <summary>One of the six WCO regions, under its official name, numbered in the WCO's order.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record Region : KnowledgeItem
{
    internal Region(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Region;

    /// <summary>The abbreviation the WCO uses, for example "ESA" or "A/P".</summary>
    public string Abbreviation { get; internal init; } = null!;

    /// <summary>The region's place in the WCO's list, 1 to 6.</summary>
    public int Number { get; internal init; }
}
