using System;
using System.Collections.Generic;

namespace WcoKnowledge;

// Every answer that depends on a date, each by one rule (FactDatePeriods), so that the tool, the web API and the
// samples cannot disagree: they call these methods and hold no date rule of their own.
public sealed partial class WcoKnowledgeBase
{
    /// <inheritdoc/>
    public bool IsMemberOn(string isoCode, FactDate onDate)
    {
        Preconditions.CheckNotNull(isoCode, nameof(isoCode));
        Preconditions.CheckDate(onDate, nameof(onDate));
        if (!TryGetMember(isoCode, out var member))
        {
            return false;
        }

        // A Member without a known date is a Member as of the dataset; before that, nothing can be said.
        return member.MemberSince is { } since ? FactDatePeriods.Last(since) <= onDate.ToEarliestDateTime() : onDate >= AsOf;
    }

    /// <inheritdoc/>
    public MembershipOnDate MembershipOn(FactDate onDate)
    {
        Preconditions.CheckDate(onDate, nameof(onDate));
        var count = 0;
        var withoutDate = 0;
        var day = onDate.ToEarliestDateTime();
        foreach (var member in Members)
        {
            if (member.MemberSince is not { } since)
            {
                withoutDate++;
            }
            else if (FactDatePeriods.Last(since) <= day)
            {
                count++;
            }
        }

        return new MembershipOnDate(onDate, count, withoutDate, new FigureOnDate(onDate, FactDatePeriods.InForceOn(Organization.Membership, onDate)));
    }

    /// <inheritdoc/>
    public FigureOnDate SecretariatStaffOn(FactDate onDate)
    {
        Preconditions.CheckDate(onDate, nameof(onDate));
        return new FigureOnDate(onDate, FactDatePeriods.InForceOn(Organization.SecretariatStaff, onDate));
    }

    /// <inheritdoc/>
    public SecretaryGeneral? SecretaryGeneralOn(FactDate onDate)
    {
        Preconditions.CheckDate(onDate, nameof(onDate));
        SecretaryGeneral? found = null;
        for (var i = 0; i < SecretariesGeneral.Count; i++)
        {
            var next = i + 1 < SecretariesGeneral.Count ? SecretariesGeneral[i + 1] : null;
            if (Covers(SecretariesGeneral[i].TermStart, SecretariesGeneral[i].TermEnd, next is null, next?.TermStart, onDate))
            {
                found = SecretariesGeneral[i]; // in term order: where a handover month makes two terms cover a day, the later wins
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Officer> OfficersOn(FactDate onDate)
    {
        Preconditions.CheckDate(onDate, nameof(onDate));
        List<Officer>? found = null;
        for (var i = 0; i < Officers.Count; i++)
        {
            var officer = Officers[i];
            var next = NextHolder(i);
            if (Covers(officer.TermStart, officer.TermEnd, next is null, next?.TermStart, onDate))
            {
                (found ??= new List<Officer>()).Add(officer);
            }
        }

        return found is null ? Array.Empty<Officer>() : found.AsReadOnly();
    }

    // The next holder of the same office after Officers[index] (the registry lists each office's holders in term order).
    private Officer? NextHolder(int index)
    {
        for (var j = index + 1; j < Officers.Count; j++)
        {
            if (Officers[j].Office == Officers[index].Office)
            {
                return Officers[j];
            }
        }

        return null;
    }

    // The term rule: a known end is used as it is; an end that no source gives means "in office" only for the last
    // recorded holder; for an earlier one, the next holder's known start ends the term, and without that start the term
    // cannot be placed beyond doubt, so it covers no date rather than a guessed one.
    private static bool Covers(FactDate? start, FactDate? end, bool isLastHolder, FactDate? nextStart, FactDate onDate)
    {
        if (end is not null || isLastHolder)
        {
            return FactDatePeriods.TermCovers(start, end, onDate);
        }

        return nextStart is { } handover && FactDatePeriods.TermCovers(start, null, onDate) && onDate.ToEarliestDateTime() < FactDatePeriods.First(handover);
    }
}
