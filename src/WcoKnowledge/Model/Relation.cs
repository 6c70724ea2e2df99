using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>A typed, cited link between two items, recorded only where a source states or shows it.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record Relation
{
    internal Relation()
    {
    }

    /// <summary>The item the relation starts from, for example an instrument.</summary>
    public required IKnowledgeItem From { get; init; }

    /// <summary>How <see cref="From"/> relates to <see cref="To"/>.</summary>
    public required RelationType Type { get; init; }

    /// <summary>The item the relation points to, for example the body that manages the instrument.</summary>
    public required IKnowledgeItem To { get; init; }

    /// <summary>How well the link is supported.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>How the sources show the link, or <see langword="null"/>.</summary>
    public required string? Note { get; init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Returns the ids and type, for example <c>instrument-hs-convention ManagedBy body-harmonized-system-committee</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{From.Id} {Type} {To.Id}";
}
