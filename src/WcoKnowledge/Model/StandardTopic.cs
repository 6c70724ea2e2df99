namespace WcoKnowledge;

/// <summary>A subject that WCO standards, conventions and tools cover, such as classification, valuation or rules of origin.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record StandardTopic : KnowledgeItem
{
    internal StandardTopic(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Topic;
}
