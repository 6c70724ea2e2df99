namespace WcoKnowledge;

/// <summary>A part of the WCO's governance: the Council, the Secretariat, or its technical and advisory committees.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record GovernanceBody : KnowledgeItem
{
    internal GovernanceBody(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.GovernanceBody;
}
