using System;
using System.Globalization;

namespace WcoKnowledge;

/// <summary>
/// How many Members the WCO had on a date, from both sources of the knowledge base: the member registry (each Member
/// with the date it joined) and the newest published count on or before the date, with how old that count is.
/// </summary>
/// <remarks>
/// Returned by <see cref="IWcoKnowledgeBase.MembershipOn"/>. Published counts are sparse (none between 1953 and 2012
/// are from the WCO itself), so a published count alone can be decades older than the date asked:
/// <see cref="PublishedFigureAge"/> says by how much. Immutable and thread-safe; equality is identity.
/// </remarks>
public sealed record MembershipOnDate
{
    internal MembershipOnDate(FactDate date, int? registryCount, int membersWithoutDate, DatedFigure? publishedFigure)
    {
        Date = date;
        RegistryCount = registryCount;
        MembersWithoutDate = membersWithoutDate;
        PublishedFigure = publishedFigure;
        PublishedFigureAge = publishedFigure is null ? null : date.ToEarliestDateTime() - publishedFigure.AsOf.ToEarliestDateTime();
    }

    /// <summary>The date asked about (a year or month stands for its first day).</summary>
    public FactDate Date { get; }

    /// <summary>
    /// The Members the registry shows as Members on <see cref="Date"/>: those whose <see cref="Member.MemberSince"/> has
    /// passed (a date given to the year or month counts from its last day, when membership is certain); or
    /// <see langword="null"/> when the knowledge base has no registry (datasets before format version 3).
    /// </summary>
    public int? RegistryCount { get; }

    /// <summary>Members in the registry whose joining date no source gives: they are not in <see cref="RegistryCount"/>, so the true count may be up to this many higher.</summary>
    public int MembersWithoutDate { get; }

    /// <summary>The newest published count dated on or before <see cref="Date"/> (<see cref="Organization.MembershipAsOf(FactDate)"/>), or <see langword="null"/> before the first.</summary>
    public DatedFigure? PublishedFigure { get; }

    /// <summary>How much older <see cref="PublishedFigure"/> is than <see cref="Date"/>, or <see langword="null"/> when there is none.</summary>
    public TimeSpan? PublishedFigureAge { get; }

    /// <summary>Returns both answers, for example <c>152 Members by the registry on 2000-01-01 (2 without a date not counted); newest published count 17 members (1953-01-26), 47 years earlier</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var registry = RegistryCount is { } count
            ? string.Format(CultureInfo.InvariantCulture, "{0} Members by the registry on {1} ({2} without a date not counted)", count, Date, MembersWithoutDate)
            : string.Format(CultureInfo.InvariantCulture, "no member registry for {0}", Date);
        var published = PublishedFigure is null
            ? "no published count on or before it"
            : string.Format(CultureInfo.InvariantCulture, "newest published count {0}, {1:0} years earlier", PublishedFigure, PublishedFigureAge!.Value.TotalDays / 365.25);
        return registry + "; " + published;
    }
}
