using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>What every item in the knowledge base has: a stable id, a title, a summary, aliases, a status and sources.</summary>
/// <remarks>
/// Implementations in this library are immutable records and thread-safe. Only the library creates them.
/// </remarks>
public interface IKnowledgeItem
{
    /// <summary>
    /// The stable id: lowercase kebab-case, unique across the whole knowledge base, starting with the
    /// prefix of its <see cref="Kind"/> (for example <c>pillar-integrity</c>). Safe to store: an id is
    /// never changed or reused once published.
    /// </summary>
    string Id { get; }

    /// <summary>What kind of item this is.</summary>
    KnowledgeKind Kind { get; }

    /// <summary>The official English name, or a neutral English title where no official name is confirmed (see <see cref="Status"/>).</summary>
    string Title { get; }

    /// <summary>A short description written for this library (never copied from a source).</summary>
    string Summary { get; }

    /// <summary>
    /// Other names people use for the item: the seed text's wording, official short names, acronyms and
    /// spellings. Empty when there are none; never <see langword="null"/>; read-only.
    /// </summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>How well the item (in particular its title) is supported by its sources.</summary>
    FactStatus Status { get; }

    /// <summary>What exactly is uncertain or worth knowing about the status, or <see langword="null"/>.</summary>
    string? StatusNote { get; }

    /// <summary>The sources the item is cited from; at least one; read-only.</summary>
    IReadOnlyList<Source> Sources { get; }

    /// <summary>
    /// The item's title in other languages, each cited, in the dataset's order (French, <c>fr</c>, today). Empty when no
    /// source gives one: the library holds no machine translation. Read-only.
    /// </summary>
    IReadOnlyList<Translation> Translations { get; }

    /// <summary>The Wikidata entity that is this item, with its sources; <see langword="null"/> where no cited mapping exists.</summary>
    WikidataLink? Wikidata { get; }

    /// <summary>The Wikidata id (<c>Q183</c>), or <see langword="null"/>: the same as <see cref="Wikidata"/>'s <see cref="WikidataLink.Id"/>.</summary>
    string? WikidataId { get; }

    /// <summary>
    /// The title in <paramref name="language"/>, or the English <see cref="Title"/> when there is no translation for it,
    /// which the answer says (<see cref="LocalizedText.IsFallback"/>). The tag falls back as .NET resources do:
    /// <c>fr-CA</c>, then <c>fr</c>, then English (<see cref="LanguageTags"/>). Takes a tag string and creates no culture,
    /// so it works under <c>InvariantGlobalization</c>.
    /// </summary>
    /// <param name="language">A BCP 47 language tag, for example <c>fr</c> or <c>fr-CA</c>; case does not matter.</param>
    /// <returns>The title and the language it is in. Allocation-free.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="language"/> is not a well-formed tag (<see cref="LanguageTags.IsWellFormed(string)"/>).</exception>
    LocalizedText TitleIn(string language);

    /// <summary>The translation that answers <paramref name="language"/> (with the same fallback as <see cref="TitleIn(string)"/>), or <see langword="null"/> when the answer is the English original.</summary>
    /// <param name="language">A BCP 47 language tag, for example <c>fr</c>.</param>
    /// <returns>The translation, with its aliases, status and sources; or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="language"/> is not a well-formed tag.</exception>
    Translation? TranslationIn(string language);
}
