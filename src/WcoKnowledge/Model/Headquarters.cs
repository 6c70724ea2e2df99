using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>Where the WCO Secretariat has its seat.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record Headquarters
{
    internal Headquarters()
    {
    }

    /// <summary>The city.</summary>
    public string City { get; internal init; } = null!;

    /// <summary>The country.</summary>
    public string Country { get; internal init; } = null!;

    /// <summary>The postal address.</summary>
    public string Address { get; internal init; } = null!;

    /// <summary>How well these facts are supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The headquarters to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(Headquarters? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(Headquarters)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
