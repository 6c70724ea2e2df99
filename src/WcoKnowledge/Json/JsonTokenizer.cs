using System;

namespace WcoKnowledge.Json;

/// <summary>The kinds of token <see cref="JsonTokenizer"/> reports.</summary>
internal enum JsonToken
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A strict RFC 8259 tokenizer over a whole UTF-8 document in memory: the grammar (no comments, no trailing
/// commas, no leading zeros, no unescaped control characters), escapes, UTF-8 well-formedness of texts and a depth
/// limit, each broken rule a <see cref="JsonFormatException"/> at the byte where it is found.
/// </summary>
/// <remarks>
/// Why not <c>System.Text.Json.Utf8JsonReader</c>: measured on the first answer of a console app, its first string
/// token costs about 5 ms of one-time work (vectorised search helpers that are compiled at run time on this CPU,
/// plus the assembly's own start-up), a fifth of the whole start of an empty app, while the dataset needs only this
/// small, plain subset of it (see tests/WcoKnowledge.Benchmarks/RESULTS.md). The tests compare this tokenizer with
/// Utf8JsonReader on generated and mutated documents, so the two accept and reject the same input.
/// </remarks>
internal sealed class JsonTokenizer
{
    private readonly byte[] _json;
    private readonly int _end;
    private readonly int _maxDepth;

    // Where texts are decoded before they become strings; grows to the longest text.
    private char[] _chars = new char[256];

    // Per open container, whether it is an object; grows past 64 levels only if the depth limit allows it.
    private bool[] _inObject = new bool[64];
    private int _depth;
    private int _pos;
    private bool _expectValue = true; // before the root, after ':' or ',' in an array, after '['
    private bool _afterComma;
    private bool _rootDone;
    private int _valueStart;
    private int _valueEnd;
    private bool _valueEscaped;
    private bool _valueAscii;

    internal JsonTokenizer(byte[] json, int start, int length, int maxDepth)
    {
        _json = json;
        _pos = start;
        _end = start + length;
        _maxDepth = maxDepth;
    }

    internal JsonToken Token { get; private set; }

    /// <summary>The offset just past the current token, from the start of the buffer.</summary>
    internal int Consumed => _pos;

    /// <summary>Moves to the next token; false at the end of the document (after the root value).</summary>
    internal bool Read()
    {
        SkipWhitespace();
        if (_pos == _end)
        {
            if (!_rootDone)
            {
                throw Error(Token == JsonToken.None ? "the input holds no JSON value." : "the document ends before its last object or array is closed.");
            }

            Token = JsonToken.None;
            return false;
        }

        if (_rootDone)
        {
            throw Error($"'{Describe(_json[_pos])}' after the end of the document's value.");
        }

        var b = _json[_pos];
        if (_depth > 0 && _inObject[_depth - 1] && !_expectValue)
        {
            return ReadInObject(b);
        }

        if (!_expectValue)
        {
            return ReadAfterArrayElement(b);
        }

        if (b == (byte)']' && Token == JsonToken.StartArray)
        {
            return Close(JsonToken.EndArray);
        }

        ReadValue(b);
        return true;
    }

    /// <summary>The current string or property name, unescaped; invalid UTF-8 or a lone surrogate is an error.</summary>
    /// <remarks>
    /// Decoded here rather than by <c>Encoding.UTF8</c>: the first call of the runtime's vectorised transcoder cost about
    /// 3 ms of one-time compilation on the machine the start-up was measured on, more than decoding every text of the
    /// dataset this way. It is as strict: overlong forms, encoded surrogates and values past U+10FFFF are refused.
    /// </remarks>
    internal string GetString()
    {
        if (_chars.Length < _valueEnd - _valueStart)
        {
            _chars = new char[Math.Max(_valueEnd - _valueStart, _chars.Length * 2)]; // UTF-16 never needs more units than UTF-8 has bytes
        }

        var chars = _chars;
        if (_valueAscii && !_valueEscaped)
        {
            // Most texts: one byte is one char.
            for (var k = 0; k < _valueEnd - _valueStart; k++)
            {
                chars[k] = (char)_json[_valueStart + k];
            }

            return new string(chars, 0, _valueEnd - _valueStart);
        }

        var n = 0;
        var i = _valueStart;
        while (i < _valueEnd)
        {
            var b = _json[i];
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
                var length = Utf8.DecodeScalar(_json, i, _valueEnd, out var scalar);
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

    /// <summary>Whether the current property name or string is exactly <paramref name="ascii"/> (after unescaping).</summary>
    internal bool ValueEquals(ReadOnlySpan<byte> ascii)
    {
        if (_valueEscaped)
        {
            var text = GetString();
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
            if (_json[_valueStart + k] != ascii[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The current number as a 32-bit integer; false for fractions, exponents and values out of range.</summary>
    internal bool TryGetInt32(out int value)
    {
        value = 0;
        var i = _valueStart;
        var negative = _json[i] == (byte)'-';
        i += negative ? 1 : 0;
        long magnitude = 0;
        for (; i < _valueEnd; i++)
        {
            var digit = _json[i] - (byte)'0';
            if ((uint)digit > 9 || (magnitude = (magnitude * 10) + digit) > 2147483648L)
            {
                return false; // '.', 'e' or 'E', or too large
            }
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed > int.MaxValue)
        {
            return false;
        }

        value = (int)signed;
        return true;
    }

    /// <summary>An error at <paramref name="at"/> (the current position by default), with its line and column.</summary>
    internal JsonFormatException Error(string message, int at = -1)
    {
        at = at < 0 ? _pos : at;
        int line = 0, lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (_json[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new JsonFormatException(message, line, at - lineStart);
    }

    private bool ReadInObject(byte b)
    {
        if (Token == JsonToken.PropertyName)
        {
            if (b != (byte)':')
            {
                throw Error($"expected ':' after a member name, found '{Describe(b)}'.");
            }

            _pos++;
            SkipWhitespace();
            if (_pos == _end)
            {
                throw Error("the document ends before its last object or array is closed.");
            }

            ReadValue(_json[_pos]);
            return true;
        }

        // After '{', after a member's value, or after a comma: a name, or the end of the object.
        var atStart = Token == JsonToken.StartObject;
        if (b == (byte)'}' && !_afterComma)
        {
            return Close(JsonToken.EndObject);
        }

        if (!atStart && !_afterComma)
        {
            if (b != (byte)',')
            {
                throw Error($"expected ',' or '}}' after a member's value, found '{Describe(b)}'.");
            }

            _pos++;
            _afterComma = true;
            SkipWhitespace();
            if (_pos == _end)
            {
                throw Error("the document ends before its last object or array is closed.");
            }

            b = _json[_pos];
        }

        if (b != (byte)'"')
        {
            throw Error(_afterComma && b == (byte)'}' ? "a comma before '}' (trailing commas are not JSON)." : $"expected a member name in double quotes, found '{Describe(b)}'.");
        }

        _afterComma = false;
        ScanString();
        Token = JsonToken.PropertyName;
        return true;
    }

    private bool ReadAfterArrayElement(byte b)
    {
        if (b == (byte)']')
        {
            return Close(JsonToken.EndArray);
        }

        if (b != (byte)',')
        {
            throw Error($"expected ',' or ']' after an array element, found '{Describe(b)}'.");
        }

        _pos++;
        SkipWhitespace();
        if (_pos == _end)
        {
            throw Error("the document ends before its last object or array is closed.");
        }

        if (_json[_pos] == (byte)']')
        {
            throw Error("a comma before ']' (trailing commas are not JSON).");
        }

        ReadValue(_json[_pos]);
        return true;
    }

    private void ReadValue(byte b)
    {
        switch (b)
        {
            case (byte)'{':
                Open(inObject: true);
                Token = JsonToken.StartObject;
                return;
            case (byte)'[':
                Open(inObject: false);
                Token = JsonToken.StartArray;
                _expectValue = true;
                return;
            case (byte)'"':
                ScanString();
                Token = JsonToken.String;
                break;
            case (byte)'t':
                ScanLiteral("true"u8, JsonToken.True);
                break;
            case (byte)'f':
                ScanLiteral("false"u8, JsonToken.False);
                break;
            case (byte)'n':
                ScanLiteral("null"u8, JsonToken.Null);
                break;
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                ScanNumber();
                Token = JsonToken.Number;
                break;
            default:
                throw Error($"'{Describe(b)}' cannot start a JSON value.");
        }

        AfterScalar();
    }

    private void Open(bool inObject)
    {
        if (_depth >= _maxDepth)
        {
            throw Error($"the document nests objects and arrays deeper than the maximum depth of {_maxDepth}.");
        }

        if (_depth == _inObject.Length)
        {
            Array.Resize(ref _inObject, _depth * 2);
        }

        _inObject[_depth++] = inObject;
        _pos++;
        _expectValue = !inObject;
    }

    private bool Close(JsonToken token)
    {
        _pos++;
        _depth--;
        Token = token;
        AfterScalar();
        return true;
    }

    // After a complete value: the container (if any) now expects a separator or its end.
    private void AfterScalar()
    {
        _expectValue = false;
        _rootDone = _depth == 0;
    }

    private void ScanString()
    {
        var i = _pos + 1;
        _valueStart = i;
        _valueEscaped = false;
        ulong seen = 0;

        // Eight bytes at a time while none of them ends the text or needs a closer look; then byte by byte.
        while (i + 8 <= _end)
        {
            var word = BitConverter.ToUInt64(_json, i);
            if (MayNeedALook(word))
            {
                break;
            }

            seen |= word;
            i += 8;
        }

        while (true)
        {
            if (i >= _end)
            {
                throw Error("the document ends inside a text.", _end);
            }

            var b = _json[i];
            if (b == (byte)'"')
            {
                break;
            }

            if (b < 0x20)
            {
                throw Error("a control character inside a text must be escaped.", i);
            }

            if (b == (byte)'\\')
            {
                _valueEscaped = true;
                i += EscapeLength(i);
                continue;
            }

            seen |= b;
            i++;
        }

        _valueAscii = (seen & 0x8080808080808080UL) == 0;
        _valueEnd = i;
        _pos = i + 1;
    }

    // Whether any of the eight bytes is a quote, a backslash or a control character (below 0x20). Each test is the
    // classic "has a zero byte" trick on the word XORed with the byte looked for; bytes of 0x80 and above never match.
    private static bool MayNeedALook(ulong word)
    {
        const ulong Ones = 0x0101010101010101UL;
        const ulong Highs = 0x8080808080808080UL;
        var quote = word ^ (Ones * '"');
        var backslash = word ^ (Ones * '\\');
        return ((((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash) | ((word - (Ones * 0x20)) & ~word)) & Highs) != 0;
    }

    // The length of the escape sequence at 'at' (which holds the backslash), or an error if it is not one.
    private int EscapeLength(int at)
    {
        var next = at + 1 < _end ? _json[at + 1] : (byte)0;
        switch (next)
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return 2;
            case (byte)'u':
                for (var k = at + 2; k < at + 6; k++)
                {
                    if (k >= _end || HexValue(_json[k]) < 0)
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
        var c = _json[at + 1];
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
        if (char.IsHighSurrogate(unit) && at + 12 <= _valueEnd && _json[at + 6] == (byte)'\\' && _json[at + 7] == (byte)'u'
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

    private int Hex4(int at) => (HexValue(_json[at]) << 12) | (HexValue(_json[at + 1]) << 8) | (HexValue(_json[at + 2]) << 4) | HexValue(_json[at + 3]);

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, then a delimiter.
    private void ScanNumber()
    {
        var i = _pos;
        _valueStart = i;
        i += _json[i] == (byte)'-' ? 1 : 0;
        if (i < _end && _json[i] == (byte)'0')
        {
            i++;
        }
        else
        {
            i = Digits(i, "a digit after '-'");
        }

        if (i < _end && _json[i] == (byte)'.')
        {
            i = Digits(i + 1, "a digit after the decimal point");
        }

        if (i < _end && (_json[i] == (byte)'e' || _json[i] == (byte)'E'))
        {
            i++;
            i += i < _end && (_json[i] == (byte)'+' || _json[i] == (byte)'-') ? 1 : 0;
            i = Digits(i, "a digit in the exponent");
        }

        if (i < _end && !IsDelimiter(_json[i]))
        {
            throw Error($"'{Describe(_json[i])}' cannot follow a number.", i);
        }

        _valueEnd = i;
        _pos = i;
    }

    private int Digits(int i, string expected)
    {
        var start = i;
        while (i < _end && _json[i] >= (byte)'0' && _json[i] <= (byte)'9')
        {
            i++;
        }

        return i > start ? i : throw Error($"expected {expected}.", i);
    }

    private void ScanLiteral(ReadOnlySpan<byte> literal, JsonToken token)
    {
        var matches = _pos + literal.Length <= _end;
        for (var k = 0; matches && k < literal.Length; k++)
        {
            matches = _json[_pos + k] == literal[k];
        }

        if (!matches || (_pos + literal.Length < _end && !IsDelimiter(_json[_pos + literal.Length])))
        {
            throw Error($"'{Describe(_json[_pos])}' does not start true, false or null.");
        }

        _pos += literal.Length;
        Token = token;
    }

    private void SkipWhitespace()
    {
        while (_pos < _end && _json[_pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            _pos++;
        }
    }

    private static bool IsDelimiter(byte b) => b is (byte)',' or (byte)']' or (byte)'}' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private static string Describe(byte b) => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"0x{b:X2}";
}
