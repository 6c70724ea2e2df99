using System;
using System.Collections.Generic;

namespace WcoKnowledge.Cli.Knowledge;

/// <summary>Reads terms of office (Secretaries General) as of a date.</summary>
internal static class Terms
{
    /// <summary>
    /// The Secretary General in office on <paramref name="date"/>: the term began on or before the first day the date
    /// denotes and had not ended before it (an end given as a year or month lasts to its last day). A year or month
    /// reads as its first day, as the member count does (<c>--as-of 2009</c> is 1 January 2009).
    /// </summary>
    /// <returns>The Secretary General, or <see langword="null"/> when no recorded term covers the date.</returns>
    public static SecretaryGeneral? InOfficeOn(IReadOnlyList<SecretaryGeneral> secretariesGeneral, FactDate date)
    {
        var day = date.ToEarliestDateTime();
        SecretaryGeneral? found = null;
        foreach (var leader in secretariesGeneral)
        {
            // A term whose start no source gives cannot be placed on any date.
            if (leader.TermStart is { } start && start.ToEarliestDateTime() <= day && (leader.TermEnd is not { } end || LastDay(end) >= day))
            {
                found = leader;
            }
        }

        return found;
    }

    // The last calendar day a date can denote: 31 December for a year, the month's last day for a month.
    private static DateTime LastDay(FactDate date) => date.Month is not { } month
        ? new DateTime(date.Year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified)
        : new DateTime(date.Year, month, date.Day ?? DateTime.DaysInMonth(date.Year, month), 0, 0, 0, DateTimeKind.Unspecified);
}
