using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>An edition, version or amendment of an <see cref="Instrument"/>, such as the 2015 SAFE Framework or WCO Data Model 4.0.0.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record InstrumentEdition
{
    internal InstrumentEdition()
    {
    }

    /// <summary>How the edition is known, for example "2015" or "4.0.0".</summary>
    public string Label { get; internal init; } = null!;

    /// <summary>When it was adopted or released.</summary>
    public FactDate Date { get; internal init; }

    /// <summary>What it changed, in our own words.</summary>
    public string Summary { get; internal init; } = null!;

    /// <summary>How well it is supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The edition to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(InstrumentEdition? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(InstrumentEdition)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
