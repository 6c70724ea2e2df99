using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>
/// An item's title (and the names people type for it) in another language than English, for example the French
/// <c>Allemagne</c> for the Member Germany, cited like any fact.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base. A translation is only there
/// where a source gives it: the library holds no machine translation, so an item without one answers in English
/// (<see cref="IKnowledgeItem.TitleIn(string)"/> says when it did).</para>
/// <para>Equality is identity, as for items: two loads of the same file give different instances.</para>
/// </remarks>
public sealed record Translation
{
    internal Translation()
    {
    }

    /// <summary>The BCP 47 language tag of the text, as the dataset writes it: <c>fr</c>, or one with a region such as <c>fr-CA</c>.</summary>
    public string Language { get; internal init; } = null!;

    /// <summary>The title in <see cref="Language"/>: an official name where <see cref="Status"/> is <see cref="FactStatus.Confirmed"/>.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>Other names in <see cref="Language"/> (short names, acronyms, other spellings); empty when there are none; read-only.</summary>
    public IReadOnlyList<string> Aliases { get; internal init; } = null!;

    /// <summary>How well the title is supported: <see cref="FactStatus.Confirmed"/> when a WCO page or a convention's own text gives it.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>What exactly is uncertain or worth knowing about the translation, or <see langword="null"/>.</summary>
    public string? StatusNote { get; internal init; }

    /// <summary>The sources that give the title; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>Returns the language and title, for example <c>fr: Allemagne</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Concat(Language, ": ", Title);

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The translation to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(Translation? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(Translation)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
