namespace WcoKnowledge;

/// <summary>One of the main roles of Customs, as the WCO describes them (revenue, protection of society, secure and facilitated trade, trade statistics).</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record CustomsRole : KnowledgeItem
{
    internal CustomsRole(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Role;
}
