using System;

namespace WcoKnowledge;

/// <summary>
/// A <see cref="FactDate"/> read as the calendar period it denotes (a year, a month or a day). Used where dates of
/// different precision meet in one series: a year and a month inside it overlap, so neither is before the other.
/// </summary>
internal static class FactDatePeriods
{
    /// <summary>The first calendar day of the period.</summary>
    internal static DateTime First(FactDate date) => date.ToEarliestDateTime();

    /// <summary>The last calendar day of the period.</summary>
    internal static DateTime Last(FactDate date) =>
        date.Month is not { } month ? new DateTime(date.Year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified)
        : date.Day is null ? new DateTime(date.Year, month, DateTime.DaysInMonth(date.Year, month), 0, 0, 0, DateTimeKind.Unspecified)
        : date.ToEarliestDateTime();

    /// <summary>Whether the whole period of <paramref name="date"/> ends before the period of <paramref name="other"/> starts.</summary>
    internal static bool IsWhollyBefore(FactDate date, FactDate other) => Last(date) < First(other);

    /// <summary>Whether <paramref name="outer"/> is a less precise date whose period contains <paramref name="inner"/> (2018 contains 2018-07).</summary>
    internal static bool StrictlyContains(FactDate outer, FactDate inner) =>
        outer != inner && First(outer) <= First(inner) && Last(inner) <= Last(outer);

    /// <summary>
    /// The first day from which an entry of a dated series counts as the newest, given the entry before it in the
    /// series: its own first day, but never earlier than the previous entry's, and, when the entry is a less precise
    /// date containing the previous one (183 members "2018" after 182 members "2018-07"), only from the day after the
    /// previous entry's period ends.
    /// </summary>
    internal static DateTime EffectiveStart(FactDate date, FactDate? previous, DateTime previousStart)
    {
        var start = First(date);
        if (previous is { } before)
        {
            if (start < previousStart)
            {
                start = previousStart;
            }

            var beforeEnds = Last(before);
            if (StrictlyContains(date, before) && start <= beforeEnds)
            {
                start = beforeEnds < DateTime.MaxValue.Date ? beforeEnds.AddDays(1) : beforeEnds;
            }
        }

        return start;
    }
}
