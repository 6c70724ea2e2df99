using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>The convention that established the Customs Co-operation Council: where and when it was signed and when it entered into force.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record EstablishingConvention
{
    internal EstablishingConvention()
    {
    }

    /// <summary>The convention's official title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>Where it was signed.</summary>
    public string Place { get; internal init; } = null!;

    /// <summary>When it was signed.</summary>
    public FactDate SignedOn { get; internal init; }

    /// <summary>When it entered into force.</summary>
    public FactDate InForceOn { get; internal init; }

    /// <summary>How well these facts are supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The convention to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(EstablishingConvention? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(EstablishingConvention)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
