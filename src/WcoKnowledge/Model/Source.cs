namespace WcoKnowledge;

/// <summary>A publication that facts in the dataset are cited from.</summary>
/// <remarks>
/// Immutable and thread-safe. Instances come only from a loaded knowledge base; every item's
/// <see cref="IKnowledgeItem.Sources"/> refers to instances listed in <see cref="IWcoKnowledgeBase.Sources"/>.
/// </remarks>
public sealed record Source
{
    internal Source()
    {
    }

    /// <summary>The stable id, lowercase kebab-case starting with <c>src-</c>, for example <c>src-wco-history</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A short descriptive title of the page or document.</summary>
    public required string Title { get; init; }

    /// <summary>Who publishes it, for example "World Customs Organization".</summary>
    public required string Publisher { get; init; }

    /// <summary>Where it was read. Pages move: the URL is the address at the time it was cited.</summary>
    public required string Url { get; init; }

    /// <summary>What kind of publication it is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>The date the page prints or implies, or <see langword="null"/> when it is undated.</summary>
    public required FactDate? AsOf { get; init; }

    /// <summary>A remark on how the source was dated or how far it can be trusted, or <see langword="null"/>.</summary>
    public required string? Note { get; init; }

    /// <summary>Returns the id and title, for example <c>src-wco-history (History)</c>.</summary>
    /// <returns>A short description for logs and debugging.</returns>
    public override string ToString() => $"{Id} ({Title})";
}
