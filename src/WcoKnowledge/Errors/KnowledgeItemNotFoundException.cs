using System;
using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>
/// Thrown by the throwing lookups of <see cref="IWcoKnowledgeBase"/> when no item of the requested kind
/// has the requested id or number. The <c>TryGet…</c> forms never throw it.
/// </summary>
/// <remarks>
/// Derives from <see cref="KeyNotFoundException"/>, so existing handlers for missing keys keep working.
/// The message names the key, the kind and the data version, and says how to list the valid keys.
/// </remarks>
public sealed class KnowledgeItemNotFoundException : KeyNotFoundException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public KnowledgeItemNotFoundException()
        : this("The requested item is not in the knowledge base.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">What was not found.</param>
    public KnowledgeItemNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What was not found.</param>
    /// <param name="innerException">The cause.</param>
    public KnowledgeItemNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal KnowledgeItemNotFoundException(string key, KnowledgeKind? kind, string message)
        : base(message)
    {
        Key = key;
        Kind = kind;
    }

    /// <summary>The id or number that was asked for (a number as its decimal text), or <see langword="null"/> when not set.</summary>
    public string? Key { get; }

    /// <summary>
    /// The kind of item that was asked for (<see cref="KnowledgeKind.Pillar"/> by <c>GetPillar</c> and by
    /// <c>GetItem&lt;Pillar&gt;</c> alike), or <see langword="null"/> when the lookup was for any item
    /// (<c>GetItem</c>, <c>GetRelations</c>), for a source (<c>GetSource</c>), or not set.
    /// </summary>
    public KnowledgeKind? Kind { get; }
}
