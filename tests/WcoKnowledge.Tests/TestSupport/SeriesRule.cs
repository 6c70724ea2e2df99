using System;
using System.Collections.Generic;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>
/// The date-order rule of Data/README.md ("Date order"), written out independently of the loader: each date is the
/// period it denotes, and an entry is out of order only when its whole period ends before an earlier entry's starts.
/// </summary>
internal static class SeriesRule
{
    public static DateTime First(FactDate date) => date.ToEarliestDateTime();

    public static DateTime Last(FactDate date) =>
        date.Month is null ? new DateTime(date.Year, 12, 31)
        : date.Day is null ? new DateTime(date.Year, date.Month.Value, DateTime.DaysInMonth(date.Year, date.Month.Value))
        : date.ToEarliestDateTime();

    /// <summary>The indexes of the entries that end before some earlier entry begins.</summary>
    public static IReadOnlyList<int> OutOfOrder(IReadOnlyList<FactDate> dates)
    {
        var bad = new List<int>();
        for (var i = 1; i < dates.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Last(dates[i]) < First(dates[j]))
                {
                    bad.Add(i);
                    break;
                }
            }
        }

        return bad;
    }
}
