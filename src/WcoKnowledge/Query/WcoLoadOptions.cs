using System;

namespace WcoKnowledge;

/// <summary>Limits that <see cref="WcoKnowledgeBase.Load(System.IO.Stream, WcoLoadOptions?)"/> enforces on a dataset before trusting it.</summary>
/// <remarks>An immutable record; thread-safe; one instance can serve any number of loads.</remarks>
public sealed record WcoLoadOptions
{
    /// <summary>The default size limit: 16 MiB, about 80 times the embedded dataset.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default nesting limit of JSON objects and arrays: 64 (the dataset format needs fewer than 10).</summary>
    public const int DefaultMaxDepth = 64;

    private readonly long _maxBytes = DefaultMaxBytes;
    private readonly int _maxDepth = DefaultMaxDepth;

    /// <summary>The options used when none are given.</summary>
    public static WcoLoadOptions Default { get; } = new();

    /// <summary>The most bytes read from the stream; a larger dataset is refused with a <see cref="WcoDataException"/> without being read to its end.</summary>
    /// <remarks>A dataset is held in memory whole while it is read, so a stream of 2 GB or more cannot be read whatever the limit (an <see cref="System.IO.IOException"/>).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "The size limit must be at least 1 byte.");
    }

    /// <summary>The deepest nesting of JSON objects and arrays accepted; deeper input is refused with a <see cref="WcoDataException"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than 1,000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The depth limit must be 1 to 1,000.");
    }
}
