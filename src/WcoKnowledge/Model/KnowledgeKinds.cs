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
        KnowledgeKind.SecretaryGeneral, KnowledgeKind.StrategicPlan,
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

    /// <summary>Finds the kind named <paramref name="name"/>, ignoring case and surrounding white space: its display name, id prefix or enum name, singular or plural (for example <c>"pillars"</c>, <c>"Objective"</c>, <c>"body"</c>, <c>"governance bodies"</c>).</summary>
    /// <param name="name">What a user typed.</param>
    /// <param name="kind">The kind found, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if a kind matched.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out KnowledgeKind kind)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        var trimmed = name.Trim();
        foreach (var (candidate, form) in _names)
        {
            if (string.Equals(trimmed, form, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static readonly (KnowledgeKind Kind, string Name)[] _names =
    {
        (KnowledgeKind.Organization, "organization"), (KnowledgeKind.Organization, "organizations"), (KnowledgeKind.Organization, "organisation"),
        (KnowledgeKind.Vision, "vision"), (KnowledgeKind.Vision, "visions"),
        (KnowledgeKind.Mission, "mission"), (KnowledgeKind.Mission, "missions"),
        (KnowledgeKind.Value, "value"), (KnowledgeKind.Value, "values"), (KnowledgeKind.Value, "principle"), (KnowledgeKind.Value, "principles"),
        (KnowledgeKind.GovernanceBody, "body"), (KnowledgeKind.GovernanceBody, "bodies"), (KnowledgeKind.GovernanceBody, "governance body"),
        (KnowledgeKind.GovernanceBody, "governance bodies"), (KnowledgeKind.GovernanceBody, "governancebody"), (KnowledgeKind.GovernanceBody, "governance"),
        (KnowledgeKind.Topic, "topic"), (KnowledgeKind.Topic, "topics"),
        (KnowledgeKind.Strategy, "strategy"), (KnowledgeKind.Strategy, "strategies"),
        (KnowledgeKind.Role, "role"), (KnowledgeKind.Role, "roles"),
        (KnowledgeKind.Objective, "objective"), (KnowledgeKind.Objective, "objectives"),
        (KnowledgeKind.Pillar, "pillar"), (KnowledgeKind.Pillar, "pillars"), (KnowledgeKind.Pillar, "building block"), (KnowledgeKind.Pillar, "building blocks"),
        (KnowledgeKind.Instrument, "instrument"), (KnowledgeKind.Instrument, "instruments"), (KnowledgeKind.Instrument, "convention"), (KnowledgeKind.Instrument, "conventions"),
        (KnowledgeKind.Region, "region"), (KnowledgeKind.Region, "regions"),
        (KnowledgeKind.SecretaryGeneral, "secretary general"), (KnowledgeKind.SecretaryGeneral, "secretaries general"), (KnowledgeKind.SecretaryGeneral, "secretary-general"),
        (KnowledgeKind.SecretaryGeneral, "secretarygeneral"), (KnowledgeKind.SecretaryGeneral, "sg"),
        (KnowledgeKind.StrategicPlan, "plan"), (KnowledgeKind.StrategicPlan, "plans"), (KnowledgeKind.StrategicPlan, "strategic plan"), (KnowledgeKind.StrategicPlan, "strategic plans"),
        (KnowledgeKind.StrategicPlan, "strategicplan"),
    };
}
