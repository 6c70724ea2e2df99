using System;
using System.Globalization;

namespace WcoKnowledge;

/// <summary>
/// A dated series' answer for one date (the Secretariat's staff on 2015-01-01, say): the newest figure in force on that
/// date and how much older than the date it is, so that an answer from a sparse series never passes for a count on the
/// day asked.
/// </summary>
/// <remarks>
/// <para><b>The rule for dates of mixed precision</b> (the same for every series and every door): a date given to the
/// year or month stands for its first day (2018 is 1 January 2018). A figure counts from the first day of its own date,
/// in series order. A figure dated less precisely than the one before it, whose period contains that one's (183 members
/// in "2018" after 182 in "2018-07"), counts only from the day after the earlier figure's period (1 August 2018). A
/// figure stays in force until the next one counts.</para>
/// <para>Returned by <see cref="IWcoKnowledgeBase.SecretariatStaffOn"/>; <see cref="MembershipOnDate"/> gives the same
/// for the member count beside the registry's. Immutable and thread-safe.</para>
/// </remarks>
public sealed record FigureOnDate
{
    internal FigureOnDate(FactDate date, DatedFigure? figure)
    {
        Date = date;
        Figure = figure;
        Age = figure is null ? null : date.ToEarliestDateTime() - figure.AsOf.ToEarliestDateTime();
    }

    /// <summary>The date asked about (a year or month stands for its first day).</summary>
    public FactDate Date { get; }

    /// <summary>The figure in force on <see cref="Date"/>, or <see langword="null"/> when the date is before the series' first figure.</summary>
    public DatedFigure? Figure { get; }

    /// <summary>How much older <see cref="Figure"/> is than <see cref="Date"/> (from the first day of each), or <see langword="null"/> when there is no figure.</summary>
    public TimeSpan? Age { get; }

    /// <summary>Whether <see cref="Figure"/> is older than the date by a year or more: a reader should not take it for the value on that date.</summary>
    public bool IsStale => Age is { } age && age.TotalDays >= 365;

    /// <summary>
    /// <see cref="Age"/> in words, as every door shows it: empty when there is no figure or it is of the day asked,
    /// otherwise "1 day", "40 days" (under a year), "about a year" (under 18 months) or whole years ("3 years").
    /// </summary>
    public string AgeText => Age is not { } age || age.TotalDays < 1 ? string.Empty
        : age.TotalDays < 365 ? string.Format(CultureInfo.InvariantCulture, age.TotalDays < 2 ? "{0:0} day" : "{0:0} days", Math.Floor(age.TotalDays))
        : age.TotalDays < 1.5 * 365.25 ? "about a year"
        : string.Format(CultureInfo.InvariantCulture, "{0:0} years", age.TotalDays / 365.25);

    /// <summary>The figure and its age, for example <c>more than 150 staff (2021-03-04), in force on 2024-03-04: 3 years older than that date</c>.</summary>
    /// <returns>A readable summary; "no figure on or before …" when there is none.</returns>
    public override string ToString() => Figure is null
        ? string.Format(CultureInfo.InvariantCulture, "no figure on or before {0}", Date)
        : AgeText.Length == 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}, in force on {1}", Figure, Date)
            : string.Format(CultureInfo.InvariantCulture, "{0}, in force on {1}: {2} older than that date", Figure, Date, AgeText);
}
