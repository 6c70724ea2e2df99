using System;

namespace WcoKnowledge;

/// <summary>Facts about <see cref="KnowledgeKind"/> values: id prefixes, dataset words, display names, and the words people type for them.</summary>
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

    /// <summary>
    /// Finds a kind by what a person types: its dataset word (<see cref="Word"/>, as JSON prints it), its display name
    /// (<see cref="DisplayName"/>), its id prefix without the hyphen, or a plural or synonym from the seed text and the
    /// WCO's pages (<c>objectives</c>, <c>pillars</c>, <c>building blocks</c>, <c>principles</c>, <c>bodies</c>,
    /// <c>members</c>, <c>countries</c>, <c>sg</c>, <c>plans</c>), ignoring case and surrounding white space.
    /// </summary>
    /// <param name="text">What was typed, for example <c>objectives</c>, <c>governanceBody</c> or <c>Building blocks</c>.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether <paramref name="text"/> names a kind. Every door (the <c>wco</c> tool, the samples) parses kinds
    /// with this method, so a word that one accepts, all accept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string text, out KnowledgeKind kind)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var trimmed = text.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(trimmed, Word(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, DisplayName(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, PluralName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        for (var i = 0; i < _synonyms.Length; i++)
        {
            if (string.Equals(trimmed, _synonyms[i], StringComparison.OrdinalIgnoreCase))
            {
                kind = _synonymKinds[i];
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The lowercase English plural of <see cref="DisplayName"/>, for headings and messages that count items.</summary>
    /// <param name="kind">A kind.</param>
    /// <returns>For example <c>"pillars"</c>, <c>"governance bodies"</c> or <c>"secretaries general"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string PluralName(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.GovernanceBody => "governance bodies",
        KnowledgeKind.SecretaryGeneral => "secretaries general",
        KnowledgeKind.StrategicPlan => "strategic plans",
        KnowledgeKind.Strategy => "strategies",
        _ => DisplayName(kind) + "s",
    };

    // What people type for a kind besides its word, display name and plural: the wording of the seed text and of WCO
    // pages. Parallel arrays rather than tuples, like DatasetWords, so the type initializer stays cheap.
    private static readonly string[] _synonyms =
    {
        "organisation", "organisations", "principle", "principles",
        "body", "bodies", "governance", "building block", "building blocks", "convention", "conventions",
        "secretary-general", "secretaries-general", "sg", "chair", "chairs", "council chair", "council chairs",
        "deputy secretary general", "deputy secretaries general", "member state", "member states", "country", "countries",
        "plan", "plans",
    };

    private static readonly KnowledgeKind[] _synonymKinds =
    {
        KnowledgeKind.Organization, KnowledgeKind.Organization, KnowledgeKind.Value, KnowledgeKind.Value,
        KnowledgeKind.GovernanceBody, KnowledgeKind.GovernanceBody, KnowledgeKind.GovernanceBody, KnowledgeKind.Pillar, KnowledgeKind.Pillar, KnowledgeKind.Instrument, KnowledgeKind.Instrument,
        KnowledgeKind.SecretaryGeneral, KnowledgeKind.SecretaryGeneral, KnowledgeKind.SecretaryGeneral, KnowledgeKind.Officer, KnowledgeKind.Officer, KnowledgeKind.Officer, KnowledgeKind.Officer,
        KnowledgeKind.Officer, KnowledgeKind.Officer, KnowledgeKind.Member, KnowledgeKind.Member, KnowledgeKind.Member, KnowledgeKind.Member,
        KnowledgeKind.StrategicPlan, KnowledgeKind.StrategicPlan,
    };

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
