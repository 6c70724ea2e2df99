using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>
/// A convention, framework of standards, declaration or data standard that the WCO administers or maintains:
/// when and where it was adopted, whether it is in force, its editions, the topics it serves and the bodies
/// that manage it.
/// </summary>
/// <remarks>
/// <see cref="Topics"/> and <see cref="ManagedBy"/> are the ends of this instrument's <see cref="RelationType.Serves"/>
/// and <see cref="RelationType.ManagedBy"/> relations, which carry their own sources
/// (<see cref="IWcoKnowledgeBase.GetRelations(string)"/>). Immutable and thread-safe. Instances come only from a loaded knowledge base.
/// </remarks>
public sealed record Instrument : KnowledgeItem
{
    internal Instrument(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Instrument;

    /// <summary>What kind of instrument it is.</summary>
    public InstrumentKind InstrumentKind { get; internal init; }

    /// <summary>When it was signed, adopted or released, or <see langword="null"/> when no source dates it.</summary>
    public FactDate? AdoptedOn { get; internal init; }

    /// <summary>Where it was signed or adopted, or <see langword="null"/>.</summary>
    public string? AdoptedAt { get; internal init; }

    /// <summary>Whether it is in force, as the sources give it (see <see cref="KnowledgeItem.StatusNote"/> for how current that is).</summary>
    public InForceStatus InForce { get; internal init; }

    /// <summary>When it entered (or will enter) into force, or <see langword="null"/>.</summary>
    public FactDate? InForceOn { get; internal init; }

    /// <summary>Its editions, versions or amendments in date order; empty when none are recorded. Read-only.</summary>
    public IReadOnlyList<InstrumentEdition> Editions { get; internal init; } = null!;

    /// <summary>The topics it serves, from the dataset's relations. Read-only.</summary>
    public IReadOnlyList<StandardTopic> Topics { get; internal init; } = null!;

    /// <summary>The bodies that manage or maintain it, from the dataset's relations. Read-only.</summary>
    public IReadOnlyList<GovernanceBody> ManagedBy { get; internal init; } = null!;

    /// <summary>The newest edition adopted or released on or before <paramref name="onDate"/>, by the rule for dates of mixed precision in <see cref="FigureOnDate"/>'s remarks.</summary>
    /// <param name="onDate">Any date; a year or month stands for its first day.</param>
    /// <returns>The edition, or <see langword="null"/> when the instrument lists no edition on or before the date (many list none: their text as adopted is the only one).</returns>
    /// <exception cref="System.ArgumentException"><paramref name="onDate"/> is <see langword="default"/>.</exception>
    public InstrumentEdition? EditionOn(FactDate onDate)
    {
        Preconditions.CheckDate(onDate, nameof(onDate));
        return FactDatePeriods.InForceOn(Editions, static edition => edition.Date, onDate);
    }
}
