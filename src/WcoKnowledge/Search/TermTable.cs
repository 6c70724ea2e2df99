using System;
using System.Collections.Generic;

namespace WcoKnowledge.Search;

/// <summary>
/// A read-only hash table from words to ids that is searched with a span, so that a query word is looked up
/// without creating a string (netstandard2.0 has no span lookup on dictionaries). Open addressing, FNV-1a.
/// </summary>
internal sealed class TermTable
{
    private readonly string?[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    internal TermTable(IReadOnlyDictionary<string, int> terms)
    {
        var capacity = 16;
        while (capacity < terms.Count * 2)
        {
            capacity *= 2;
        }

        _keys = new string?[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        foreach (var pair in terms)
        {
            var slot = Hash(pair.Key.AsSpan()) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = pair.Key;
            _values[slot] = pair.Value;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    internal int Find(ReadOnlySpan<char> word)
    {
        var slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (word.SequenceEqual(key.AsSpan()))
            {
                return _values[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
