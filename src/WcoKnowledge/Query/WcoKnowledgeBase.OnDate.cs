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
        foreach (var leader in SecretariesGeneral)
        {
            if (FactDatePeriods.TermCovers(leader.TermStart, leader.TermEnd, onDate))
            {
                found = leader; // in term order: where a handover month makes two terms cover a day, the later wins
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Officer> OfficersOn(FactDate onDate)
    {
        Preconditions.CheckDate(onDate, nameof(onDate));
        List<Officer>? found = null;
        foreach (var officer in Officers)
        {
            if (FactDatePeriods.TermCovers(officer.TermStart, officer.TermEnd, onDate))
            {
                (found ??= new List<Officer>()).Add(officer);
            }
        }

        return found is null ? Array.Empty<Officer>() : found.AsReadOnly();
    }
}
