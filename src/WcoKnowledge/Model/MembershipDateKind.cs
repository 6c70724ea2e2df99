namespace WcoKnowledge;

/// <summary>What a <see cref="Member.MemberSince"/> date is: sources give different dates for the same accession.</summary>
public enum MembershipDateKind
{
    /// <summary>The source does not say which date it gives. Dataset word: <c>unknown</c>.</summary>
    Unknown = 0,

    /// <summary>The date the instrument of accession (or ratification) was deposited. Dataset word: <c>deposit</c>.</summary>
    /// <remarks>Under the Convention, an accession after 4 November 1952 takes effect when it is deposited, so for later
    /// dates the two coincide; dates before the Convention entered into force are deposits only.</remarks>
    Deposit = 1,

    /// <summary>The date membership took effect. Dataset word: <c>effective</c>.</summary>
    Effective = 2,
}
