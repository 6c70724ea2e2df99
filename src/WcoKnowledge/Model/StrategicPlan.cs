using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>An edition of the WCO Strategic Plan, with its period, how it is structured and its objectives or goals.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record StrategicPlan : KnowledgeItem
{
    internal StrategicPlan(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.StrategicPlan;

    /// <summary>The period as the WCO writes it, for example "2022–2025".</summary>
    public string Period { get; internal init; } = null!;

    /// <summary>The first year the plan covers.</summary>
    public int StartYear { get; internal init; }

    /// <summary>The last year the plan covers.</summary>
    public int EndYear { get; internal init; }

    /// <summary>When the Council endorsed or approved it, or <see langword="null"/> when no source dates it.</summary>
    public FactDate? Endorsed { get; internal init; }

    /// <summary>How the plan is organized (goals, objectives, packages, focus areas), in our own words.</summary>
    public string Structure { get; internal init; } = null!;

    /// <summary>The plan's objectives or goals in number order; empty where the sources do not list them. Read-only.</summary>
    public IReadOnlyList<Objective> Objectives { get; internal init; } = null!;
}
