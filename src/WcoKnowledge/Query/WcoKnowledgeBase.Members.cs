using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using WcoKnowledge.Loading;

namespace WcoKnowledge;

// The member registry: Members by code and by region, membership on a date.
public sealed partial class WcoKnowledgeBase
{
    /// <inheritdoc/>
    public IReadOnlyList<Member> Members => _data.Members;

    /// <inheritdoc/>
    public IReadOnlyList<Officer> Officers => _data.Officers;

    /// <inheritdoc/>
    public Member GetMember(string isoCode) => TryGetMember(isoCode, out var member)
        ? member
        : throw new KnowledgeItemNotFoundException(
            isoCode,
            KnowledgeKind.Member,
            $"No WCO Member has the ISO 3166-1 code '{DataValidator.Shorten(isoCode, 40)}' in WCO knowledge base data version {DataVersion}. Codes are alpha-2 ('BE') or alpha-3 ('BEL'); find a Member by name with {nameof(Search)}, or list them with {nameof(IWcoKnowledgeBase)}.{nameof(Members)}.");

    /// <inheritdoc/>
    public bool TryGetMember(string isoCode, [NotNullWhen(true)] out Member? member)
    {
        Preconditions.CheckNotNull(isoCode, nameof(isoCode));
        return Indexes.MembersByCode.TryGetValue(isoCode, out member);
    }

    /// <inheritdoc/>
    public bool IsMember(string isoCode, FactDate asOf)
    {
        CheckDate(asOf);
        if (!TryGetMember(isoCode, out var member))
        {
            return false;
        }

        // A Member without a known date is a Member as of the dataset; before that, nothing can be said.
        return member.MemberSince is { } since ? FactDatePeriods.Last(since) <= asOf.ToEarliestDateTime() : asOf >= AsOf;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Member> GetMembers(Region region)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        return Indexes.MembersByRegion.TryGetValue(region.Id, out var members) ? members : Array.Empty<Member>();
    }

    /// <inheritdoc/>
    public MembershipOnDate MembershipOn(FactDate asOf)
    {
        CheckDate(asOf);
        int? registryCount = null;
        var withoutDate = 0;
        if (Members.Count > 0)
        {
            var count = 0;
            var day = asOf.ToEarliestDateTime();
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

            registryCount = count;
        }

        return new MembershipOnDate(asOf, registryCount, withoutDate, Organization.MembershipAsOf(asOf));
    }

    private static void CheckDate(FactDate date)
    {
        if (date == default)
        {
            throw new ArgumentException("default(FactDate) is not a date; make one with FactDate.Parse or FactDate.FromYearMonthDay.", nameof(date));
        }
    }
}
