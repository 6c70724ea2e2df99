using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>
/// The theme the WCO chose for one year's International Customs Day (26 January), for example 2026's
/// "Customs protecting society through vigilance and commitment".
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: two loads of the same file give different instances.</para>
/// </remarks>
public sealed record CustomsDayTheme
{
    internal CustomsDayTheme()
    {
    }

    /// <summary>The year of the International Customs Day the theme is for.</summary>
    public int Year { get; internal init; }

    /// <summary>The theme's wording, as the WCO gives it in English.</summary>
    public string Theme { get; internal init; } = null!;

    /// <summary>How well the wording is supported.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>What exactly is uncertain, or <see langword="null"/>.</summary>
    public string? StatusNote { get; internal init; }

    /// <summary>The sources of the theme; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

    /// <summary>The theme's wording in other languages, each cited (its <see cref="Translation.Title"/> is the wording); empty when no source gives one; read-only.</summary>
    public IReadOnlyList<Translation> Translations { get; internal init; } = null!;

    /// <summary>The theme in <paramref name="language"/>, or in English when no translation answers it (with the fallback of <see cref="IKnowledgeItem.TitleIn(string)"/>).</summary>
    /// <param name="language">A BCP 47 language tag, for example <c>fr</c>.</param>
    /// <returns>The wording and the language it is in.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="language"/> is not a well-formed tag.</exception>
    public LocalizedText ThemeIn(string language) => LanguageTags.Localize(Translations, Theme, language);

    /// <summary>Returns the year and theme, for example <c>2026: Customs protecting society …</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Concat(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ": ", Theme);

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The theme to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(CustomsDayTheme? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(CustomsDayTheme)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
