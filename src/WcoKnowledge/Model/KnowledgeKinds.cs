using System;

namespace WcoKnowledge;

/// <summary>Facts about <see cref="KnowledgeKind"/> values: id prefixes and display names.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class KnowledgeKinds
{
    /// <summary>Every kind, in declaration order.</summary>
    public static System.Collections.Generic.IReadOnlyList<KnowledgeKind> All { get; } = Array.AsReadOnly(new[]
    {
        KnowledgeKind.Organization, KnowledgeKind.Vision, KnowledgeKind.Mission, KnowledgeKind.Value,
        KnowledgeKind.GovernanceBody, KnowledgeKind.Topic, KnowledgeKind.Strategy, KnowledgeKind.Role,
        KnowledgeKind.Objective, KnowledgeKind.Pillar, KnowledgeKind.Instrument, KnowledgeKind.Region,
        KnowledgeKind.SecretaryGeneral, KnowledgeKind.StrategicPlan, KnowledgeKind.Member, KnowledgeKind.Officer,
    });

    /// <summary>The prefix, including the trailing hyphen, that every id of <paramref name="kind"/> starts with.</summary>
    /// <param name="kind">A kind.</param>
    /// <returns>For example <c>"pillar-"</c> for <see cref="KnowledgeKind.Pillar"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string IdPrefix(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Organization => "organization-",
        KnowledgeKind.Vision => "vision-",
        KnowledgeKind.Mission => "mission-",
        KnowledgeKind.Value => "value-",
        KnowledgeKind.GovernanceBody => "body-",
        KnowledgeKind.Topic => "topic-",
        KnowledgeKind.Strategy => "strategy-",
        KnowledgeKind.Role => "role-",
        KnowledgeKind.Objective => "objective-",
        KnowledgeKind.Pillar => "pillar-",
        KnowledgeKind.Instrument => "instrument-",
        KnowledgeKind.Region => "region-",
        KnowledgeKind.SecretaryGeneral => "secretary-general-",
        KnowledgeKind.StrategicPlan => "plan-",
        KnowledgeKind.Member => "member-",
        KnowledgeKind.Officer => "officer-",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined KnowledgeKind."),
    };

    /// <summary>A lowercase English name for <paramref name="kind"/>, as used in messages and in the sample (<c>list pillar</c>).</summary>
    /// <param name="kind">A kind.</param>
    /// <returns>For example <c>"pillar"</c> or <c>"governance body"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string DisplayName(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.GovernanceBody => "governance body",
        KnowledgeKind.SecretaryGeneral => "secretary general",
        KnowledgeKind.StrategicPlan => "strategic plan",
        _ => IdPrefix(kind).TrimEnd('-'),
    };

    /// <summary>
    /// The kind's word in the dataset format and in JSON written by <see cref="WcoJson"/>: the camelCase enum name, for
    /// example <c>pillar</c>, <c>governanceBody</c> or <c>strategicPlan</c>.
    /// </summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string Word(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Organization => "organization",
        KnowledgeKind.Vision => "vision",
        KnowledgeKind.Mission => "mission",
        KnowledgeKind.Value => "value",
        KnowledgeKind.GovernanceBody => "governanceBody",
        KnowledgeKind.Topic => "topic",
        KnowledgeKind.Strategy => "strategy",
        KnowledgeKind.Role => "role",
        KnowledgeKind.Objective => "objective",
        KnowledgeKind.Pillar => "pillar",
        KnowledgeKind.Instrument => "instrument",
        KnowledgeKind.Region => "region",
        KnowledgeKind.SecretaryGeneral => "secretaryGeneral",
        KnowledgeKind.StrategicPlan => "strategicPlan",
        KnowledgeKind.Member => "member",
        KnowledgeKind.Officer => "officer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined KnowledgeKind."),
    };

    /// <summary>Finds a kind by its dataset word (<see cref="Word"/>), ignoring case and surrounding white space.</summary>
    /// <param name="word">A dataset word, for example <c>pillar</c> or <c>governanceBody</c>.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether <paramref name="word"/> is a kind's word. Synonyms and plurals ("building blocks", "bodies")
    /// are not: applications that accept what users type map those themselves (the <c>wco</c> tool does).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string word, out KnowledgeKind kind)
    {
        Preconditions.CheckNotNull(word, nameof(word));
        var trimmed = word.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(trimmed, Word(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The kind whose items are of <paramref name="type"/>, or null for a type that several kinds share (<see cref="Statement"/>) or none has.</summary>
    internal static KnowledgeKind? Of(Type type)
    {
        foreach (var (kind, itemType) in _itemTypes)
        {
            if (itemType == type)
            {
                return kind;
            }
        }

        return null;
    }

    private static readonly (KnowledgeKind Kind, Type Type)[] _itemTypes =
    {
        (KnowledgeKind.Organization, typeof(Organization)), (KnowledgeKind.Value, typeof(CoreValue)),
        (KnowledgeKind.GovernanceBody, typeof(GovernanceBody)), (KnowledgeKind.Topic, typeof(StandardTopic)),
        (KnowledgeKind.Strategy, typeof(StrategyDocument)), (KnowledgeKind.Role, typeof(CustomsRole)),
        (KnowledgeKind.Objective, typeof(Objective)), (KnowledgeKind.Pillar, typeof(Pillar)),
        (KnowledgeKind.Instrument, typeof(Instrument)), (KnowledgeKind.Region, typeof(Region)),
        (KnowledgeKind.SecretaryGeneral, typeof(SecretaryGeneral)), (KnowledgeKind.StrategicPlan, typeof(StrategicPlan)),
        (KnowledgeKind.Member, typeof(Member)), (KnowledgeKind.Officer, typeof(Officer)),
    };
}
