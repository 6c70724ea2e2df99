using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>The members every item shares; the base of every item record in this library.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Only this library derives from it and creates instances; no member can be set
/// from outside, so a <c>with</c> expression cannot alter one.</para>
/// <para>Equality is identity: a knowledge base holds one item per id, so two items are equal only when they are the
/// same instance. Two loads of the same file give different instances; compare <see cref="Id"/> (and, if it matters,
/// the knowledge bases' <see cref="IWcoKnowledgeBase.DataVersion"/>) to match items across knowledge bases.</para>
/// </remarks>
public abstract record KnowledgeItem : IKnowledgeItem
{
    private protected KnowledgeItem(ItemFields fields)
    {
        Id = fields.Id;
        Title = fields.Title;
        Summary = fields.Summary;
        Aliases = fields.Aliases;
        Status = fields.Status;
        StatusNote = fields.StatusNote;
        Sources = fields.Sources;
        Translations = fields.Translations;
        Wikidata = fields.Wikidata;
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public KnowledgeKind Kind => ItemKind;

    /// <inheritdoc/>
    public string Title { get; }

    /// <inheritdoc/>
    public string Summary { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc/>
    public FactStatus Status { get; }

    /// <inheritdoc/>
    public string? StatusNote { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Source> Sources { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Translation> Translations { get; }

    /// <inheritdoc/>
    public WikidataLink? Wikidata { get; }

    /// <inheritdoc/>
    public string? WikidataId => Wikidata?.Id;

    /// <inheritdoc/>
    public LocalizedText TitleIn(string language) => LanguageTags.Localize(Translations, Title, language);

    /// <inheritdoc/>
    public Translation? TranslationIn(string language)
    {
        LanguageTags.Check(language, nameof(language));
        return LanguageTags.Match(Translations, language);
    }

    /// <summary>True only when <paramref name="other"/> is this same instance (see the remarks on equality).</summary>
    /// <param name="other">The item to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public virtual bool Equals(KnowledgeItem? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(KnowledgeItem)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    // Abstract and private protected: only types in this assembly can implement it, so only they can derive
    // (a record's copy constructor would otherwise let any assembly subclass it).
    private protected abstract KnowledgeKind ItemKind { get; }

    /// <summary>Returns the id and title, for example <c>pillar-integrity (Integrity)</c>.</summary>
    /// <returns>A short description for logs and debugging.</returns>
    public sealed override string ToString() => string.Concat(Id, " (", Title, ")");
}
