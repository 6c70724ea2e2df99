namespace WcoKnowledge;

/// <summary>
/// A Member of the WCO: the Customs administration of a country or of a customs territory (Hong Kong, China; Macao,
/// China; Bermuda, ...), under the name the WCO lists, with its ISO 3166-1 codes, its WCO region and the date it joined.
/// </summary>
/// <remarks>
/// <para>Other names people type ("Turkey", "Ivory Coast", "Swaziland") are <see cref="KnowledgeItem.Aliases"/>, so
/// <see cref="IWcoKnowledgeBase.Search"/> finds a Member by any of them; <see cref="IWcoKnowledgeBase.GetMember"/> finds
/// it by code. The European Union is not a Member (it has rights akin to a Member's under a Council decision; see
/// <see cref="Organization.History"/>), so it is not in the registry.</para>
/// <para>Most dates come from a community-maintained list checked row by row; <see cref="KnowledgeItem.Status"/> and
/// <see cref="KnowledgeItem.StatusNote"/> say how far each row can be trusted, and a row whose date no source gives has
/// no date (it is never guessed from its neighbours).</para>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base; equality is identity.</para>
/// </remarks>
public sealed record Member : KnowledgeItem
{
    internal Member(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Member;

    /// <summary>The ISO 3166-1 alpha-2 code, upper case (<c>"BE"</c>), or <see langword="null"/> where ISO assigns none (see <see cref="CodeNote"/>).</summary>
    public string? IsoAlpha2 { get; internal init; }

    /// <summary>The ISO 3166-1 alpha-3 code, upper case (<c>"BEL"</c>), or <see langword="null"/> where ISO assigns none.</summary>
    public string? IsoAlpha3 { get; internal init; }

    /// <summary>For customs territories and special cases, which code the Member carries and why (Kosovo has no ISO code; the codes in common use are user-assigned), or <see langword="null"/>.</summary>
    public string? CodeNote { get; internal init; }

    /// <summary>The WCO region the Member belongs to.</summary>
    public Region Region { get; internal init; } = null!;

    /// <summary>When the Member joined, to the precision the sources give, or <see langword="null"/> when no source gives a date.</summary>
    public FactDate? MemberSince { get; internal init; }

    /// <summary>What <see cref="MemberSince"/> is: the deposit of the instrument, the date membership took effect, or not said.</summary>
    public MembershipDateKind MemberSinceKind { get; internal init; }
}
