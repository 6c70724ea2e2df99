namespace WcoKnowledge;

/// <summary>
/// One of the ten building blocks of "Customs in the 21st Century" (June 2008), numbered 1 to 10. The
/// seed text calls them pillars; the WCO's term is building blocks.
/// </summary>
/// <remarks>
/// <para><see cref="KnowledgeItem.Title"/> is the building block's official name; <see cref="KnowledgeItem.Status"/>
/// says whether that name is confirmed against a source.</para>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// </remarks>
public sealed record Pillar : KnowledgeItem
{
    internal Pillar(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Pillar;

    /// <summary>The building block's number, 1 to 10.</summary>
    public int Number { get; internal init; }
}
