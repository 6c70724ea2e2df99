namespace WcoKnowledge;

/// <summary>
/// A part of the WCO's governance: the Council, the Secretariat, the technical and advisory committees as a
/// whole, and each working body (Policy Commission, Harmonized System Committee, ...).
/// </summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record GovernanceBody : KnowledgeItem
{
    internal GovernanceBody(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.GovernanceBody;

    /// <summary>The WCO's grouping of the body on its working-bodies page (for example "Tariff and Trade Affairs"), or <see langword="null"/> for a body that page places in none of its groups (the Council and the Secretariat among them).</summary>
    public string? Group { get; internal init; }

    /// <summary>When the body was established, or <see langword="null"/> when no source dates it; see <see cref="KnowledgeItem.StatusNote"/> for uncertainty.</summary>
    public FactDate? Established { get; internal init; }
}
