using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WcoKnowledge.Loading;

/// <summary>A read-only view of a stream that refuses to deliver more than a set number of bytes, so an oversized dataset is rejected early instead of being buffered whole.</summary>
internal sealed class SizeLimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private long _read;

    internal SizeLimitedStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    internal static WcoDataException TooLarge(long limit) => new(
        $"The dataset is larger than the limit of {limit} bytes (WcoLoadOptions.MaxBytes). Raise the limit if the file is trusted.",
        Array.AsReadOnly(new[] { $"$: the input exceeds {limit} bytes." }));

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
#if NET
        => Count(await _inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));
#else
        => Count(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));
#endif

#if NET
    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        return _read > _limit ? throw TooLarge(_limit) : read;
    }
}
