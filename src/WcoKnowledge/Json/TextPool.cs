using System;
using System.Runtime.CompilerServices;

namespace WcoKnowledge.Json;

/// <summary>
/// One string per distinct short ASCII text of a document, for the texts a dataset repeats: the ids it cites, its
/// enumeration values and its dates. A dataset cites its hundred-odd sources about four hundred times and states a
/// status on nearly every item, so 1,224 of its 2,193 texts are 333 distinct values; sharing them
/// saves their allocations (about a sixth of a load's) and the memory a fresh process touches for the first time.
/// </summary>
/// <remarks>
/// An open-addressing table keyed by the text's bytes, so a repeat is found without making a string first: each entry
/// keeps where its first occurrence lies in the document, and a candidate is compared with those bytes. It grows
/// to at most <see cref="MaxSlots"/> slots and then stops taking new texts, and a lookup gives up after
/// <see cref="MaxProbes"/> slots: a hostile document, of millions of distinct ids or of texts crafted to share a slot,
/// costs a bounded amount per text and never an ever larger table. Either way the text is then simply not shared.
/// Used by one reader of one document on one thread.
/// </remarks>
internal sealed class TextPool
{
    /// <summary>Longer texts are not looked up: the values worth sharing are short, and hashing a long text costs more than copying it.</summary>
    internal const int MaxLength = 64;

    private const int InitialSlots = 1024; // room for the dataset's 333 distinct values (of 1,224 pooled texts) without growing
    private const int MaxSlots = 8192;

    // The table is at most half full (it grows, or at MaxSlots takes no more, at half), where runs of occupied slots
    // are short: a couple of slots on average, a few dozen at worst for well-spread hashes in the largest table. A run
    // of this length means texts that collide, which are not worth sharing at that cost.
    private const int MaxProbes = 64;

    private string?[] _texts = new string?[InitialSlots];
    private int[] _hashes = new int[InitialSlots];
    private int[] _starts = new int[InitialSlots];
    private int _count;

    /// <summary>
    /// The pooled string equal to the <paramref name="length"/> ASCII bytes at <paramref name="start"/> of
    /// <paramref name="document"/> (at most <see cref="MaxLength"/> of them), or null.
    /// </summary>
    /// <remarks>On null, <paramref name="slot"/> is where <see cref="Add"/> puts the new string, or -1 when the pool takes no more.</remarks>
    internal string? Find(ReadOnlySpan<byte> document, int start, int length, out int hash, out int slot)
    {
        var ascii = document.Slice(start, length);
        hash = Hash(ascii);
        var texts = _texts;
        var mask = texts.Length - 1;
        for (int i = hash & mask, probes = 0; ; i = (i + 1) & mask, probes++)
        {
            var text = texts[i];
            if (text is null || probes == MaxProbes)
            {
                // Below MaxSlots, Add has grown the table before it got this full.
                slot = text is null && _count < texts.Length / 2 ? i : -1;
                return null;
            }

            // An ASCII text has as many chars as bytes, so the text's length is its bytes' length.
            if (_hashes[i] == hash && text.Length == length && document.Slice(_starts[i], length).SequenceEqual(ascii))
            {
                slot = i;
                return text;
            }
        }
    }

    /// <summary>Keeps <paramref name="text"/>, made from the bytes at <paramref name="start"/>, at the slot <see cref="Find"/> gave for them (not -1).</summary>
    internal void Add(string text, int start, int hash, int slot)
    {
        _texts[slot] = text;
        _hashes[slot] = hash;
        _starts[slot] = start;
        if (++_count >= _texts.Length / 2 && _texts.Length < MaxSlots)
        {
            Grow();
        }
    }

    private void Grow()
    {
        var texts = new string?[_texts.Length * 2];
        var hashes = new int[texts.Length];
        var starts = new int[texts.Length];
        var mask = texts.Length - 1;
        for (var k = 0; k < _texts.Length; k++)
        {
            if (_texts[k] is { } text)
            {
                var i = _hashes[k] & mask;
                while (texts[i] is not null)
                {
                    i = (i + 1) & mask;
                }

                texts[i] = text;
                hashes[i] = _hashes[k];
                starts[i] = _starts[k];
            }
        }

        _texts = texts;
        _hashes = hashes;
        _starts = starts;
    }

    // Eight bytes at a time, each word folded in with a multiply and a rotation, then a finish that mixes all bits. The
    // last word of a text of eight or more bytes is the one that ends at its last byte (overlapping the word before), so
    // only shorter texts take a byte loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Hash(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        var h = (ulong)length * 0x9E3779B97F4A7C15UL;
        if (length < 8)
        {
            ulong word = 0;
            for (var j = 0; j < length; j++)
            {
                word = (word << 8) | ascii[j];
            }

            h = Mix(h, word);
        }
        else
        {
            for (var k = 0; k + 8 < length; k += 8)
            {
                h = Mix(h, Swar.Read(ascii, k));
            }

            h = Mix(h, Swar.Read(ascii, length - 8));
        }

        // A multiply carries a byte's bits only upwards: without this finish, texts that differ in their last bytes
        // (id-1, id-2, ...) would differ only in high bits and share the low bits that pick a slot. MurmurHash3's
        // 64-bit finish folds every bit into every other.
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (int)h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong word)
    {
        h = (h ^ word) * 0x9E3779B97F4A7C15UL;
        return (h << 29) | (h >> 35);
    }
}
