using System.Globalization;

namespace WcoKnowledge;

/// <summary>
/// How many Members the WCO had on a date, from both sources of the knowledge base: the member registry (each Member
/// with the date it joined) and the newest published count in force on the date, with how old that count is.
/// </summary>
/// <remarks>
/// Returned by <see cref="IWcoKnowledgeBase.MembershipOn"/>, the one method that answers membership on a date. Published
/// counts are sparse (none between 1953 and 2012 are from the WCO itself), so a published count alone can be decades
/// older than the date asked: <see cref="Published"/> says by how much. Immutable and thread-safe; equality is identity.
/// </remarks>
public sealed record MembershipOnDate
{
    internal MembershipOnDate(FactDate date, int registryCount, int membersWithoutDate, FigureOnDate published)
    {
        Date = date;
        RegistryCount = registryCount;
        MembersWithoutDate = membersWithoutDate;
        Published = published;
    }

    /// <summary>The date asked about (a year or month stands for its first day).</summary>
    public FactDate Date { get; }

    /// <summary>
    /// The Members the registry shows as Members on <see cref="Date"/>: those whose <see cref="Member.MemberSince"/> has
    /// passed (a date given to the year or month counts from its last day, when membership is certain).
    /// </summary>
    public int RegistryCount { get; }

    /// <summary>Members in the registry whose joining date no source gives: they are not in <see cref="RegistryCount"/>, so the true count may be up to this many higher.</summary>
    public int MembersWithoutDate { get; }

    /// <summary>The newest published count in force on <see cref="Date"/> (<see cref="Organization.Membership"/>, by the rule in <see cref="FigureOnDate"/>'s remarks) and its age; its <see cref="FigureOnDate.Figure"/> is <see langword="null"/> before the first count (1953-01-26).</summary>
    public FigureOnDate Published { get; }

    /// <summary>Returns both answers, for example <c>152 Members by the registry on 2000-01-01 (2 without a date not counted); newest published count 17 members (1953-01-26), in force on 2000-01-01: 47 years older than that date</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var registry = string.Format(CultureInfo.InvariantCulture, "{0} Members by the registry on {1} ({2} without a date not counted)", RegistryCount, Date, MembersWithoutDate);
        var published = Published.Figure is null
            ? "no published count on or before it"
            : "newest published count " + Published;
        return registry + "; " + published;
    }
}
