using System;
using System.IO;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>A non-seekable stream that delivers <c>prefix</c> and then <c>filler</c> for ever: a dataset that never ends.</summary>
internal sealed class EndlessStream : Stream
{
    private readonly byte[] _prefix;
    private readonly byte _filler;
    private long _position;

    public EndlessStream(byte[] prefix, byte filler)
    {
        _prefix = prefix;
        _filler = filler;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++, _position++)
        {
            buffer[i] = _position < _prefix.Length ? _prefix[_position] : _filler;
        }

        return buffer.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
