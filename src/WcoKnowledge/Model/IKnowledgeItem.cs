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
}
