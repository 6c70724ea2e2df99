using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>A publication that facts in the dataset are cited from.</summary>
/// <remarks>
/// Immutable and thread-safe. Instances come only from a loaded knowledge base; every item's
/// <see cref="IKnowledgeItem.Sources"/> refers to instances listed in <see cref="IWcoKnowledgeBase.Sources"/>.
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare ids (or, for values, their members) to match objects across knowledge bases.</para>
/// </remarks>
public sealed record Source
{
    internal Source()
    {
    }

    /// <summary>The stable id, lowercase kebab-case starting with <c>src-</c>, for example <c>src-wco-history</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>A short descriptive title of the page or document.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>Who publishes it, for example "World Customs Organization".</summary>
    public string Publisher { get; internal init; } = null!;

    /// <summary>Where it was read. Pages move: the URL is the address at the time it was cited.</summary>
    public string Url { get; internal init; } = null!;

    /// <summary>What kind of publication it is.</summary>
    public SourceKind Kind { get; internal init; }

    /// <summary>The date the page prints or implies, or <see langword="null"/> when it is undated.</summary>
    public FactDate? AsOf { get; internal init; }

    /// <summary>A remark on how the source was dated or how far it can be trusted, or <see langword="null"/>.</summary>
    public string? Note { get; internal init; }

    /// <summary>Returns the id and title, for example <c>src-wco-history (History)</c>.</summary>
    /// <returns>A short description for logs and debugging.</returns>
    public override string ToString() => $"{Id} ({Title})";

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The source to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(Source? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(Source)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
