using System;
using System.Collections.Generic;

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

    /// <summary>
    /// The figure of <paramref name="series"/> in force on <paramref name="date"/> (the rule in <see cref="FigureOnDate"/>'s
    /// remarks): the last whose <see cref="EffectiveStart"/> is on or before the date's first day; null before the first.
    /// </summary>
    internal static DatedFigure? InForceOn(IReadOnlyList<DatedFigure> series, FactDate date) => InForceOn(series, static figure => figure.AsOf, date);

    /// <summary>The same rule for any dated series (an instrument's editions): <paramref name="dateOf"/> gives an entry's date.</summary>
    internal static T? InForceOn<T>(IReadOnlyList<T> series, Func<T, FactDate> dateOf, FactDate date)
        where T : class
    {
        var day = First(date);
        T? found = null;
        var foundStart = DateTime.MinValue;
        foreach (var figure in series)
        {
            var start = EffectiveStart(dateOf(figure), found is null ? null : dateOf(found), foundStart);
            if (start > day)
            {
                break; // series are in date order (the loader checks it), so the starts never decrease
            }

            found = figure;
            foundStart = start;
        }

        return found;
    }

    /// <summary>
    /// Whether a term of office covers the first day of <paramref name="date"/>: it began on or before that day (a start
    /// given as a year or month counts from its first day) and has not ended before it (an end given as a year or month
    /// lasts to its last day; no end means still in office). A term whose start no source gives covers no date.
    /// </summary>
    internal static bool TermCovers(FactDate? termStart, FactDate? termEnd, FactDate date)
    {
        var day = First(date);
        return termStart is { } start && First(start) <= day && (termEnd is not { } end || Last(end) >= day);
    }
}
