namespace WcoKnowledge;

/// <summary>One of the nine strategic objectives of the WCO, as the seed text lists them, numbered 1 to 9.</summary>
/// <remarks>
/// <para>No source names the plan these nine come from: the dataset infers the WCO Strategic Plan 2011/2012
/// and says so in <see cref="PlanEditionStatus"/>. The titles are neutral English, not confirmed official wording.</para>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// </remarks>
public sealed record Objective : KnowledgeItem
{
    internal Objective(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Objective;

    /// <summary>The objective's number, 1 to 9, as the seed text numbers it.</summary>
    public required int Number { get; init; }

    /// <summary>The strategic plan edition the objective belongs to, for example "WCO Strategic Plan 2011/2012".</summary>
    public required string PlanEdition { get; init; }

    /// <summary>How well <see cref="PlanEdition"/> is supported; <see cref="FactStatus.Inferred"/> in the embedded dataset.</summary>
    public required FactStatus PlanEditionStatus { get; init; }
}
