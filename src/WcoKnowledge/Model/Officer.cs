namespace WcoKnowledge;

/// <summary>
/// A holder of one of the WCO's elected offices other than Secretary General (those are <see cref="SecretaryGeneral"/>):
/// a Chairperson of the Council or a Deputy Secretary General. <see cref="KnowledgeItem.Title"/> is the person's name.
/// </summary>
/// <remarks>
/// <para>Sources often show an officer in office at one event rather than the term itself: a term's start or end that
/// no source gives is <see langword="null"/>, and <see cref="KnowledgeItem.StatusNote"/> says what is known.</para>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base; equality is identity.</para>
/// </remarks>
public sealed record Officer : KnowledgeItem
{
    internal Officer(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Officer;

    /// <summary>The office held.</summary>
    public Office Office { get; internal init; }

    /// <summary>The country the officer comes from, or <see langword="null"/> when no source gives it.</summary>
    public string? Country { get; internal init; }

    /// <summary>When the term began, or <see langword="null"/> when no source gives it.</summary>
    public FactDate? TermStart { get; internal init; }

    /// <summary>When the term ended, or <see langword="null"/> when no source gives it (or the term goes on).</summary>
    public FactDate? TermEnd { get; internal init; }
}
