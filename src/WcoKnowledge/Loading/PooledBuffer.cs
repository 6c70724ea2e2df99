using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WcoKnowledge.Loading;

/// <summary>
/// The bytes of a stream, read to its end into an array rented from <see cref="ArrayPool{T}.Shared"/> and returned on
/// <see cref="Dispose"/>. A dataset is larger than the large-object threshold, so a fresh array per load would be
/// collected only by full garbage collections; measured, that was a large part of a repeated load's cost.
/// </summary>
internal sealed class PooledBuffer : IDisposable
{
    // Array.MaxLength, which netstandard2.0 lacks.
    private const int MaxArrayLength = 0x7FFFFFC7;

    private byte[] _array;

    internal PooledBuffer(int initialCapacity)
    {
        _array = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 4096));
    }

    /// <summary>The rented array; only the first <see cref="Length"/> bytes are the stream's.</summary>
    internal byte[] Array => _array;

    internal int Length { get; private set; }

    internal void ReadToEnd(Stream stream)
    {
        int read;
        while ((read = stream.Read(_array, Length, _array.Length - Length)) > 0)
        {
            Grow(read);
        }
    }

    internal async Task ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        int read;
#if NET
        while ((read = await stream.ReadAsync(_array.AsMemory(Length), cancellationToken).ConfigureAwait(false)) > 0)
#else
        while ((read = await stream.ReadAsync(_array, Length, _array.Length - Length, cancellationToken).ConfigureAwait(false)) > 0)
#endif
        {
            Grow(read);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = System.Array.Empty<byte>();
    }

    // Counts what was read and, when the array is full, moves to one twice the size (at most the largest byte array
    // .NET allows; DatasetReader keeps its limit well below that, so the limit's own error comes first).
    private void Grow(int read)
    {
        Length += read;
        if (Length == _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_array.Length * 2L, MaxArrayLength));
            Buffer.BlockCopy(_array, 0, larger, 0, Length);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
    }
}
