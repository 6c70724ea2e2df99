using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace WcoKnowledge.Json;

/// <summary>
/// Eight bytes at a time in an ordinary 64-bit register ("SIMD within a register"), for <see cref="JsonTokenizer"/>:
/// the same code on every target framework and processor, and nothing for the JIT to compile on first use beyond
/// these few methods.
/// </summary>
/// <remarks>
/// Each helper is marked for inlining: NativeAOT's compiler otherwise left them as calls in the tokenizer's hot loops.
/// Words are read little-endian whatever the processor, so byte k of the input is always bits 8k to 8k+7 and the
/// lowest flagged byte of a mask is the first one in the input.
/// </remarks>
internal static class Swar
{
    internal const ulong Ones = 0x0101010101010101UL;
    internal const ulong Highs = 0x8080808080808080UL;
    internal const ulong Spaces = Ones * ' ';

    /// <summary>The eight bytes at <paramref name="at"/>, which the caller has checked are inside the span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Read(System.ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(at, 8));

    /// <summary>
    /// The high bit of every byte that a text scan must stop at: a quote, a backslash or a control character (below
    /// 0x20); bytes of 0x80 and above are never flagged. Each test is the classic "has a zero byte" trick on the word
    /// XORed with the byte looked for. A borrow can flag a byte above a true match, never below one, so the lowest
    /// flagged byte is exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong TextStops(ulong word)
    {
        var quote = word ^ (Ones * '"');
        var backslash = word ^ (Ones * '\\');
        return (((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash) | ((word - (Ones * 0x20)) & ~word)) & Highs;
    }

    /// <summary>The index (0 to 7) of the lowest byte with a nonzero bit in <paramref name="mask"/>, which is not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FirstByte(ulong mask)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(mask) >> 3;
#else
        // Isolate the lowest set bit, then find its byte with a binary search of three steps.
        var bit = mask & (0UL - mask);
        var index = (bit & 0xFFFFFFFF00000000UL) != 0 ? 4 : 0;
        index += (bit & 0xFFFF0000FFFF0000UL) != 0 ? 2 : 0;
        index += (bit & 0xFF00FF00FF00FF00UL) != 0 ? 1 : 0;
        return index;
#endif
    }

    /// <summary>
    /// The low four bytes of <paramref name="word"/> as four 16-bit values (the UTF-16 units of four ASCII or Latin-1
    /// characters), in the order they have in memory on a little-endian processor.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong WidenLow(ulong word)
    {
        var x = word & 0xFFFFFFFFUL;
        x = (x | (x << 16)) & 0x0000FFFF0000FFFFUL;
        return (x | (x << 8)) & 0x00FF00FF00FF00FFUL;
    }

    /// <summary>The bytes of <paramref name="word"/> before byte <paramref name="count"/> (0 to 7); the others zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Before(ulong word, int count) => word & ((1UL << (count * 8)) - 1);
}
