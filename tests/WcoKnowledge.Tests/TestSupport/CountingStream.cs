using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>
/// A read-only, non-seekable view of another stream that hands out at most <c>maxChunk</c> bytes per read and counts
/// the bytes it has delivered, so that a test can see how much of a stream the loader read.
/// </summary>
internal sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private readonly int _maxChunk;
    private readonly bool _yieldOnAsyncRead;
    private long _bytesRead;

    public CountingStream(Stream inner, int maxChunk = int.MaxValue, bool yieldOnAsyncRead = false)
    {
        _inner = inner;
        _maxChunk = maxChunk;
        _yieldOnAsyncRead = yieldOnAsyncRead;
    }

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, Math.Min(count, _maxChunk)));

    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer[..Math.Min(buffer.Length, _maxChunk)]));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_yieldOnAsyncRead)
        {
            await Task.Yield(); // completes asynchronously, as a network stream would
        }

        return Count(await _inner.ReadAsync(buffer[..Math.Min(buffer.Length, _maxChunk)], cancellationToken).ConfigureAwait(false));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        Interlocked.Add(ref _bytesRead, read);
        return read;
    }
}
