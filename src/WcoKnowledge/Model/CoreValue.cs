namespace WcoKnowledge;

/// <summary>One of the values the WCO set out with its vision and mission; the seed text calls them principles. The official wording is not confirmed, so titles are paraphrases (see <see cref="KnowledgeItem.Status"/>).</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record CoreValue : KnowledgeItem
{
    internal CoreValue(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Value;
}
