using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>The members every item shares; the base of every item record in this library.</summary>
/// <remarks>
/// Immutable and thread-safe. Only this library derives from it and creates instances. Records compare by
/// value; their collections compare by reference, which items from one knowledge base share.
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

    // Abstract and private protected: only types in this assembly can implement it, so only they can derive
    // (a record's copy constructor would otherwise let any assembly subclass it).
    private protected abstract KnowledgeKind ItemKind { get; }

    /// <summary>Returns the id and title, for example <c>pillar-integrity (Integrity)</c>.</summary>
    /// <returns>A short description for logs and debugging.</returns>
    public sealed override string ToString() => string.Concat(Id, " (", Title, ")");
}
