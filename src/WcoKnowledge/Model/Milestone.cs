using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>A dated event in the WCO's history, such as the signing of its founding convention.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record Milestone
{
    internal Milestone()
    {
    }

    /// <summary>A stable kebab-case key, unique within <see cref="Organization.History"/>, for example <c>first-council-session</c>.</summary>
    public string Key { get; internal init; } = null!;

    /// <summary>When it happened, to the precision the sources give.</summary>
    public FactDate Date { get; internal init; }

    /// <summary>A short name for the event.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>What happened, in our own words.</summary>
    public string Summary { get; internal init; } = null!;

    /// <summary>How well the event and its date are supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>The sources of the event; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>Returns the date and title, for example <c>1953-01-26 Inaugural Council session</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Date} {Title}";

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The milestone to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(Milestone? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(Milestone)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
