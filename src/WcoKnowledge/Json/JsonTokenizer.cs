using System;
using System.Runtime.CompilerServices;

namespace WcoKnowledge.Json;

/// <summary>
/// A strict RFC 8259 tokenizer over a whole UTF-8 document in memory: the grammar (no comments, no trailing
/// commas, no leading zeros, no unescaped control characters), escapes and a depth limit as tokens are read, and the
/// UTF-8 well-formedness of a text when it is decoded; each broken rule a <see cref="JsonFormatException"/> at the byte
/// where it is found.
/// </summary>
/// <remarks>
/// Why not <c>System.Text.Json.Utf8JsonReader</c>: measured on the first answer of a console app, its first string
/// token costs about 5 ms of one-time work (vectorised search helpers that are compiled at run time on this CPU,
/// plus the assembly's own start-up), a fifth of the whole start of an empty app, while the dataset needs only this
/// small, plain subset of it (see tests/WcoKnowledge.Benchmarks/RESULTS.md). The tests compare this tokenizer with
/// Utf8JsonReader on generated and mutated documents, so the two accept and reject the same input.
/// </remarks>
internal sealed partial class JsonTokenizer
{
    // The document, which the caller keeps in place (pinned or unmanaged) while the tokenizer is in use. Every read goes
    // through Bytes, a span of exactly the document, so a read past its end is a range check, never a stray read.
    private readonly unsafe byte* _document;
    private readonly int _end;
    private readonly int _maxDepth;

    // Where texts are decoded before they become strings; grows to the longest text.
    private char[] _chars = new char[256];

    // Per open container, whether it is an object; grows past 64 levels only if the depth limit allows it.
    private bool[] _inObject = new bool[64];
    private int _depth;
    private int _pos;
    private bool _expectValue = true; // before the root, after ':' or ',' in an array, after '['
    private bool _rootDone;
    private int _valueStart;
    private int _valueEnd;
    private bool _valueEscaped;
    private bool _valueAscii;
    private string? _decoded; // an escaped member name, decoded once for the comparisons with the format's names

    /// <summary>A tokenizer of the <paramref name="length"/> bytes at <paramref name="document"/>.</summary>
    /// <remarks>
    /// The bytes must stay where they are until the tokenizer is no longer used: a pinned array (a <c>fixed</c> block
    /// around the whole read) or memory outside the managed heap, such as an embedded resource in the loaded image.
    /// </remarks>
    internal unsafe JsonTokenizer(byte* document, int length, int maxDepth)
    {
        _document = document;
        _end = length;
        _maxDepth = maxDepth;
    }

    /// <summary>The document as a span: reading through it checks every index against the document's length.</summary>
    private unsafe ReadOnlySpan<byte> Bytes => new(_document, _end);

    internal JsonToken Token { get; private set; }

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
            throw Error($"'{Describe(Bytes[_pos])}' after the end of the document's value.");
        }

        var b = Bytes[_pos];
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

    /// <summary>An error at <paramref name="at"/> (the current position by default), with its line and column.</summary>
    internal JsonFormatException Error(string message, int at = -1)
    {
        at = at < 0 ? _pos : at;
        // Counted from the document's start (after a byte order mark, which the caller skips).
        var json = Bytes;
        int line = 0, lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (json[i] == (byte)'\n')
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

            ReadValue(Bytes[_pos]);
            return true;
        }

        // After '{', after a member's value, or after a comma: a name, or the end of the object.
        if (b == (byte)'}')
        {
            return Close(JsonToken.EndObject);
        }

        var afterComma = false;
        if (Token != JsonToken.StartObject)
        {
            if (b != (byte)',')
            {
                throw Error($"expected ',' or '}}' after a member's value, found '{Describe(b)}'.");
            }

            _pos++;
            afterComma = true;
            SkipWhitespace();
            if (_pos == _end)
            {
                throw Error("the document ends before its last object or array is closed.");
            }

            b = Bytes[_pos];
        }

        if (b != (byte)'"')
        {
            throw Error(afterComma && b == (byte)'}' ? "a comma before '}' (trailing commas are not JSON)." : $"expected a member name in double quotes, found '{Describe(b)}'.");
        }

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

        if (Bytes[_pos] == (byte)']')
        {
            throw Error("a comma before ']' (trailing commas are not JSON).");
        }

        ReadValue(Bytes[_pos]);
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

    // Called before every token, which usually follows the last one directly: that test is inlined, the loop is not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        if (_pos >= _end || Bytes[_pos] > (byte)' ')
        {
            return;
        }

        SkipWhitespaceRun();
    }

    private void SkipWhitespaceRun()
    {
        var json = Bytes;
        var end = _end;
        var pos = _pos;
        while (pos < end)
        {
            var b = json[pos];
            if (b == (byte)' ' && pos + 8 <= end)
            {
                // Indentation: a run of spaces, eight at a time, up to the first byte that is not one.
                var others = Swar.Read(json, pos) ^ Swar.Spaces;
                pos += others == 0 ? 8 : Swar.FirstByte(others);
            }
            else if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        _pos = pos;
    }

    private static bool IsDelimiter(byte b) => b is (byte)',' or (byte)']' or (byte)'}' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private static string Describe(byte b) => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"0x{b:X2}";
}
