using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>
/// The Wikidata entity an item is the same thing as (for example <c>Q183</c>, Germany), cited like any fact, so that a
/// Member or an instrument can be joined with open data without matching names by hand.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity, as for items.</para>
/// </remarks>
public sealed record WikidataLink
{
    private const string EntityPage = "https://www.wikidata.org/wiki/";

    internal WikidataLink()
    {
    }

    /// <summary>The entity's id: <c>Q</c> followed by digits, for example <c>Q183</c>. Stable on Wikidata's side.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The entity's page, <c>https://www.wikidata.org/wiki/</c> followed by <see cref="Id"/>: the form schema.org's <c>sameAs</c> takes.</summary>
    public string Url => EntityPage + Id;

    /// <summary>How well the link is supported (a mapping table of a third party is <see cref="FactStatus.Secondary"/>).</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>What exactly is uncertain or was checked by hand, or <see langword="null"/>.</summary>
    public string? StatusNote { get; internal init; }

    /// <summary>The sources that map the item to this entity; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>Returns <see cref="Id"/>.</summary>
    /// <returns>The entity's id.</returns>
    public override string ToString() => Id;

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The link to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(WikidataLink? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(WikidataLink)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
