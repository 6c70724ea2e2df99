namespace WcoKnowledge;

/// <summary>A Secretary General of the WCO, with country and term. <see cref="KnowledgeItem.Title"/> is the person's name.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record SecretaryGeneral : KnowledgeItem
{
    internal SecretaryGeneral(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.SecretaryGeneral;

    /// <summary>The country the Secretary General comes from.</summary>
    public string Country { get; internal init; } = null!;

    /// <summary>When the term began (see <see cref="KnowledgeItem.StatusNote"/> where it is inferred), or <see langword="null"/> when no source gives it (such an entry is marked <see cref="FactStatus.Unconfirmed"/> or <see cref="FactStatus.Inferred"/>).</summary>
    public FactDate? TermStart { get; internal init; }

    /// <summary>When the term ended, or <see langword="null"/> while in office as of the dataset's date.</summary>
    public FactDate? TermEnd { get; internal init; }

    /// <summary>Whether the dataset records no end of term: the Secretary General in office as of <see cref="IWcoKnowledgeBase.AsOf"/>.</summary>
    public bool InOffice => TermEnd is null;
}
