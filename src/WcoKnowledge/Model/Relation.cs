using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>A typed, cited link between two items, recorded only where a source states or shows it.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record Relation
{
    internal Relation()
    {
    }

    /// <summary>The item the relation starts from, for example an instrument.</summary>
    public IKnowledgeItem From { get; internal init; } = null!;

    /// <summary>How <see cref="From"/> relates to <see cref="To"/>.</summary>
    public RelationType Type { get; internal init; }

    /// <summary>The item the relation points to, for example the body that manages the instrument.</summary>
    public IKnowledgeItem To { get; internal init; } = null!;

    /// <summary>How well the link is supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>How the sources show the link, or <see langword="null"/>.</summary>
    public string? Note { get; internal init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>Returns the ids and type, for example <c>instrument-hs-convention ManagedBy body-harmonized-system-committee</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{From.Id} {Type} {To.Id}";

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The relation to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(Relation? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(Relation)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
