using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>A set of languages with the date and sources that state it, such as the WCO's official languages.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record LanguageSet
{
    internal LanguageSet()
    {
    }

    /// <summary>The languages' English names, for example "English" and "French"; read-only.</summary>
    public IReadOnlyList<string> Languages { get; internal init; } = null!;

    /// <summary>The date the sources state it on.</summary>
    public FactDate AsOf { get; internal init; }

    /// <summary>How well it is supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The language set to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(LanguageSet? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(LanguageSet)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
