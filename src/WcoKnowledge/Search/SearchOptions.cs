using System;

namespace WcoKnowledge;

/// <summary>Options for <see cref="IWcoKnowledgeBase.Search(string, SearchOptions?)"/>.</summary>
/// <remarks>An immutable record; thread-safe; one instance can serve any number of searches.</remarks>
public sealed record SearchOptions
{
    /// <summary>
    /// The most characters of a query that <see cref="IWcoKnowledgeBase.Search(string, SearchOptions?)"/> reads:
    /// 1,000. Longer text is truncated, not rejected; a host that would rather reject it (a form, an HTTP API) can
    /// compare with this.
    /// </summary>
    public const int MaxQueryLength = 1000;

    /// <summary>The options used when none are given: at most 10 hits, every kind, any score.</summary>
    public static SearchOptions Default { get; } = new();

    private readonly int _limit = 10;
    private readonly double _minimumScore;

    /// <summary>The most hits to return, at least 1; 10 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int Limit
    {
        get => _limit;
        init => _limit = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "The limit must be at least 1.");
    }

    /// <summary>Only items of this kind, or <see langword="null"/> (the default) for every kind.</summary>
    public KnowledgeKind? Kind { get; init; }

    /// <summary>Hits scoring below this are left out; 0 by default (keep every match).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number or NaN.</exception>
    public double MinimumScore
    {
        get => _minimumScore;
        init => _minimumScore = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumScore), value, "The minimum score must be 0 or more.");
    }
}
