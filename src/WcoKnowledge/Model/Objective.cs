namespace WcoKnowledge;

/// <summary>
/// A strategic objective (or goal) of one edition of the WCO Strategic Plan. <see cref="IWcoKnowledgeBase.Objectives"/>
/// holds the nine of the seed text, numbered 1 to 9; each <see cref="StrategicPlan"/> lists its own.
/// </summary>
/// <remarks>
/// <para>No source names the plan the seed's nine come from: the dataset infers the WCO Strategic Plan 2011/2012
/// and says so in <see cref="PlanEditionStatus"/>; their titles are neutral English, not confirmed official wording.</para>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// </remarks>
public sealed record Objective : KnowledgeItem
{
    internal Objective(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Objective;

    /// <summary>The objective's number within its plan edition, from 1 (for the seed's nine, as the seed text numbers them).</summary>
    public int Number { get; internal init; }

    /// <summary>The strategic plan edition the objective belongs to, for example "WCO Strategic Plan 2011/2012".</summary>
    public string PlanEdition { get; internal init; } = null!;

    /// <summary>How well <see cref="PlanEdition"/> is supported; <see cref="FactStatus.Inferred"/> for the seed's nine.</summary>
    public FactStatus PlanEditionStatus { get; internal init; }

    /// <summary>The plan edition the objective belongs to, as an item.</summary>
    public StrategicPlan Plan { get; internal init; } = null!;

    /// <summary>How the plan labels it, for example "SO1" or "Goal 3", or <see langword="null"/> when not given.</summary>
    public string? Label { get; internal init; }
}
