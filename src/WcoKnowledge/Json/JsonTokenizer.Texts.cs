using System;
using System.Runtime.CompilerServices;

namespace WcoKnowledge.Json;

// Texts and member names: scanning, escapes, UTF-8 decoding and comparison.
internal sealed partial class JsonTokenizer
{
    /// <summary>The current string or property name, unescaped; invalid UTF-8 or a lone surrogate is an error.</summary>
    /// <remarks>
    /// Decoded here rather than by <c>Encoding.UTF8</c>: the first call of the runtime's vectorised transcoder cost about
    /// 3 ms of one-time compilation on the machine the start-up was measured on, more than decoding every text of the
    /// dataset this way. It is as strict: overlong forms, encoded surrogates and values past U+10FFFF are refused.
    /// </remarks>
    internal string GetString()
    {
#if NET
        if (_valueAscii && !_valueEscaped)
        {
            // Most texts: one byte is one char, widened straight into the new string.
            return string.Create(_valueEnd - _valueStart, this, static (text, tokens) => WidenAscii(tokens.Bytes.Slice(tokens._valueStart), text));
        }
#endif

        if (_chars.Length < _valueEnd - _valueStart)
        {
            _chars = new char[Math.Max(_valueEnd - _valueStart, _chars.Length * 2)]; // UTF-16 never needs more units than UTF-8 has bytes
        }

        var chars = _chars;
#if !NET
        if (_valueAscii && !_valueEscaped)
        {
            // Most texts: one byte is one char, widened into the buffer (no string.Create here).
            WidenAscii(Bytes.Slice(_valueStart), chars.AsSpan(0, _valueEnd - _valueStart));
            return new string(chars, 0, _valueEnd - _valueStart);
        }
#endif

        var n = 0;
        var i = _valueStart;
        while (i < _valueEnd)
        {
            var b = Bytes[i];
            if (b == (byte)'\\')
            {
                i = Unescape(i, chars, ref n);
            }
            else if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
            }
            else
            {
                var length = Utf8.DecodeScalar(Bytes, i, _valueEnd, out var scalar);
                if (length == 0)
                {
                    throw Error("the text is not valid UTF-8.", i);
                }

                n = Utf8.AppendUtf16(scalar, chars, n);
                i += length;
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>
    /// The current string as <see cref="GetString"/> gives it, but taken from <paramref name="pool"/> when it is a short
    /// unescaped ASCII text that the pool already has (and added to it when not): equal texts become one string.
    /// </summary>
    internal string GetSharedString(TextPool pool)
    {
        var length = _valueEnd - _valueStart;
        if (!_valueAscii || _valueEscaped || length > TextPool.MaxLength)
        {
            return GetString();
        }

        var text = pool.Find(Bytes, _valueStart, length, out var hash, out var slot);
        if (text is null)
        {
            text = GetString();
            if (slot >= 0)
            {
                pool.Add(text, _valueStart, hash, slot);
            }
        }

        return text;
    }

    // ASCII bytes to the same chars, eight at a time through a 64-bit register (Swar.WidenLow). Not Vector128: on a
    // processor with newer vector instructions than the ReadyToRun baseline the runtime discards precompiled code that
    // uses it and compiles the method again on first use, a cost on every first load.
    private static void WidenAscii(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var length = chars.Length;
        var k = 0;
        if (BitConverter.IsLittleEndian)
        {
            // Unsafe's methods are compiled inline everywhere; a generic helper such as MemoryMarshal.Cast<char, ulong>
            // would be compiled at run time on first use (its instantiation is in no precompiled image).
            for (; k + 8 <= length; k += 8)
            {
                var eight = Swar.Read(bytes, k);
                ref var at = ref Unsafe.As<char, byte>(ref chars[k + 7]); // checks that all eight chars are in range
                at = ref Unsafe.Subtract(ref at, 14);
                Unsafe.WriteUnaligned(ref at, Swar.WidenLow(eight));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref at, 8), Swar.WidenLow(eight >> 32));
            }
        }

        for (; k < length; k++)
        {
            chars[k] = (char)bytes[k];
        }
    }

    /// <summary>
    /// False when the current property name or string certainly differs from every text of <paramref name="length"/>
    /// ASCII bytes: it is unescaped and of another length. A quick test before <see cref="ValueEquals"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayEqual(int length) => _valueEscaped || _valueEnd - _valueStart == length;

    /// <summary>Whether the current property name or string is exactly <paramref name="ascii"/> (after unescaping).</summary>
    internal bool ValueEquals(ReadOnlySpan<byte> ascii)
    {
        if (_valueEscaped)
        {
            // An escape never makes a text shorter, so a shorter raw text cannot match; a longer one is decoded once
            // per token however many names it is compared with.
            if (_valueEnd - _valueStart < ascii.Length)
            {
                return false;
            }

            var text = _decoded ??= GetString();
            if (text.Length != ascii.Length)
            {
                return false;
            }

            for (var k = 0; k < ascii.Length; k++)
            {
                if (text[k] != (char)ascii[k])
                {
                    return false;
                }
            }

            return true;
        }

        if (_valueEnd - _valueStart != ascii.Length)
        {
            return false;
        }

        for (var k = 0; k < ascii.Length; k++)
        {
            if (Bytes[_valueStart + k] != ascii[k])
            {
                return false;
            }
        }

        return true;
    }

    private void ScanString()
    {
        var json = Bytes;
        var end = _end;
        var i = _pos + 1;
        _valueStart = i;
        _valueEscaped = false;
        _decoded = null;
        ulong seen = 0; // every byte of the text ORed together: its high bits say whether the text is all ASCII

        while (true)
        {
            byte b;
            if (i + 8 <= end)
            {
                // Eight bytes at a time: skip them if none stops the scan, else jump to the first that does.
                var word = Swar.Read(json, i);
                var stops = Swar.TextStops(word);
                if (stops == 0)
                {
                    seen |= word;
                    i += 8;
                    continue;
                }

                var k = Swar.FirstByte(stops);
                seen |= Swar.Before(word, k);
                i += k;
                b = json[i];
            }
            else if (i < end)
            {
                b = json[i];
                if (b >= 0x20 && b != (byte)'"' && b != (byte)'\\')
                {
                    seen |= b;
                    i++;
                    continue;
                }
            }
            else
            {
                throw Error("the document ends inside a text.", end);
            }

            if (b == (byte)'"')
            {
                break;
            }

            if (b == (byte)'\\')
            {
                _valueEscaped = true;
                i += EscapeLength(i);
                continue;
            }

            throw Error("a control character inside a text must be escaped.", i);
        }

        _valueAscii = (seen & Swar.Highs) == 0;
        _valueEnd = i;
        _pos = i + 1;
    }

    // The length of the escape sequence at 'at' (which holds the backslash), or an error if it is not one.
    private int EscapeLength(int at)
    {
        var next = at + 1 < _end ? Bytes[at + 1] : (byte)0;
        switch (next)
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return 2;
            case (byte)'u':
                for (var k = at + 2; k < at + 6; k++)
                {
                    if (k >= _end || HexValue(Bytes[k]) < 0)
                    {
                        throw Error("'\\u' must be followed by four hexadecimal digits.", at);
                    }
                }

                return 6;
            default:
                throw Error("an invalid escape sequence in a text.", at);
        }
    }

    // Decodes the escape sequence at 'at' (checked by the scan) into chars; returns the index after it.
    private int Unescape(int at, char[] chars, ref int n)
    {
        var c = Bytes[at + 1];
        if (c != (byte)'u')
        {
            chars[n++] = c switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)c, // '"', '\\' and '/' stand for themselves
            };
            return at + 2;
        }

        var unit = (char)Hex4(at + 2);
        if (char.IsHighSurrogate(unit) && at + 12 <= _valueEnd && Bytes[at + 6] == (byte)'\\' && Bytes[at + 7] == (byte)'u'
            && char.IsLowSurrogate((char)Hex4(at + 8)))
        {
            chars[n++] = unit;
            chars[n++] = (char)Hex4(at + 8);
            return at + 12;
        }

        if (char.IsSurrogate(unit))
        {
            throw Error("the text escapes a lone UTF-16 surrogate, which is not a character.", at);
        }

        chars[n++] = unit;
        return at + 6;
    }

    private int Hex4(int at) => (HexValue(Bytes[at]) << 12) | (HexValue(Bytes[at + 1]) << 8) | (HexValue(Bytes[at + 2]) << 4) | HexValue(Bytes[at + 3]);

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
