using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace WcoKnowledge;

// The member registry: Members by ISO code.
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
            ExplainMemberNotFound(isoCode));

    /// <inheritdoc/>
    public string ExplainMemberNotFound(string isoCode)
    {
        Preconditions.CheckNotNull(isoCode, nameof(isoCode));
        return $"No WCO Member has the ISO 3166-1 code '{MessageText.Shorten(isoCode, 40)}' in WCO knowledge base data version {DataVersion}. Codes are alpha-2 ('BE') or alpha-3 ('BEL'); find a Member by name with {nameof(Search)}, or list them with {nameof(IWcoKnowledgeBase)}.{nameof(Members)}.";
    }

    /// <inheritdoc/>
    public bool TryGetMember(string isoCode, [NotNullWhen(true)] out Member? member)
    {
        Preconditions.CheckNotNull(isoCode, nameof(isoCode));
        return Indexes.MembersByCode.TryGetValue(isoCode, out member);
    }
}
