using System.Collections.Generic;

namespace WcoKnowledge;

// The answers that depend on a date, each one method whose name ends in "On", all by the rules in FigureOnDate's
// remarks and SecretaryGeneralOn's term rule (the interface's own remarks are on the other part of this declaration).
public partial interface IWcoKnowledgeBase
{
    /// <summary>Whether the registry shows the Member with this code as a Member on <paramref name="onDate"/>.</summary>
    /// <param name="isoCode">An alpha-2 or alpha-3 code; an unknown code is not a Member.</param>
    /// <param name="onDate">The date; a date given to the year or month stands for its first day.</param>
    /// <returns>
    /// True when the Member joined on or before <paramref name="onDate"/>: a joining date given only to the year or month
    /// counts from its last day, when membership is certain. For a Member whose joining date no source gives, true only
    /// from the dataset's <see cref="AsOf"/> on.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="isoCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="onDate"/> is <see langword="default"/>.</exception>
    bool IsMemberOn(string isoCode, FactDate onDate);

    /// <summary>How many Members the WCO had on <paramref name="onDate"/>: the registry's count and the newest published count, with its age. The one method for membership on a date.</summary>
    /// <param name="onDate">The date; a date given to the year or month stands for its first day.</param>
    /// <returns>Both answers (see <see cref="MembershipOnDate"/>).</returns>
    /// <exception cref="System.ArgumentException"><paramref name="onDate"/> is <see langword="default"/>.</exception>
    MembershipOnDate MembershipOn(FactDate onDate);

    /// <summary>The size of the Secretariat's staff on <paramref name="onDate"/>: the newest figure of <see cref="Organization.SecretariatStaff"/> in force then, with its age.</summary>
    /// <param name="onDate">The date; a date given to the year or month stands for its first day.</param>
    /// <returns>The answer; its <see cref="FigureOnDate.Figure"/> is <see langword="null"/> before the first figure.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="onDate"/> is <see langword="default"/>.</exception>
    FigureOnDate SecretariatStaffOn(FactDate onDate);

    /// <summary>The Secretary General in office on <paramref name="onDate"/>.</summary>
    /// <param name="onDate">The date; a date given to the year or month stands for its first day.</param>
    /// <returns>
    /// The Secretary General whose term covers the date, the later one where a handover month makes two terms cover it;
    /// <see langword="null"/> when no recorded term does. The term rule: a start given as a year or month counts from
    /// its first day and an end so given lasts to its last day; a term whose start no source gives covers no date; a term
    /// whose end no source gives is open for the last recorded holder of the office, ends where the next holder's known
    /// start begins, and otherwise covers no date (it cannot be placed without a guess).
    /// </returns>
    /// <exception cref="System.ArgumentException"><paramref name="onDate"/> is <see langword="default"/>.</exception>
    SecretaryGeneral? SecretaryGeneralOn(FactDate onDate);

    /// <summary>The Council Chairs and Deputy Secretaries General in office on <paramref name="onDate"/>, by the term rule of <see cref="SecretaryGeneralOn"/>, in <see cref="Officers"/> order.</summary>
    /// <param name="onDate">The date; a date given to the year or month stands for its first day.</param>
    /// <returns>A read-only list; empty when no recorded term covers the date.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="onDate"/> is <see langword="default"/>.</exception>
    IReadOnlyList<Officer> OfficersOn(FactDate onDate);
}
