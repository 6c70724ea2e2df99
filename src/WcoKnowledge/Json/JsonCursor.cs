using System;
using System.Collections.Generic;
using System.Text.Json;
using WcoKnowledge.Loading;

namespace WcoKnowledge.Json;

/// <summary>Reads one object of a dataset file; called with the cursor on the object's first token.</summary>
internal delegate T ObjectReader<T>(ref JsonCursor cursor);

/// <summary>
/// A strict, forward-only walk over a whole UTF-8 JSON document held in memory: <see cref="Utf8JsonReader"/> plus
/// the JSON path of the current token, so that every problem is reported where it is. Nothing is inferred:
/// a token of the wrong type, an unknown member, a missing required member or a number that is not a 32-bit
/// integer is a <see cref="JsonException"/> carrying the path, line and byte position.
/// </summary>
/// <remarks>
/// Value readers (<see cref="Text"/>, <see cref="Int"/>, <see cref="EnterObject"/>, ...) expect the cursor on the
/// value's first token. <see cref="Member"/> and <see cref="NextElement"/> move it there.
/// </remarks>
internal ref struct JsonCursor
{
    private readonly ReadOnlySpan<byte> _json;
    private readonly JsonPath _path;
    private Utf8JsonReader _reader;

    internal JsonCursor(ReadOnlySpan<byte> json, int maxDepth)
    {
        _json = json;
        _path = new JsonPath();
        _reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            MaxDepth = maxDepth,
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
        });
    }

    internal readonly JsonTokenType TokenType => _reader.TokenType;

    /// <summary>Moves to the next token; the reader's own errors (bad syntax, too deep) get the current path.</summary>
    internal void Read()
    {
        try
        {
            if (!_reader.Read())
            {
                throw Error("the document ends too early.");
            }
        }
        catch (JsonException e) when (e.Path is null)
        {
            throw new JsonException(e.Message, _path.ToString(), e.LineNumber, e.BytePositionInLine, e);
        }
    }

    /// <summary>After the root value: anything but whitespace is an error.</summary>
    internal void ReadEnd()
    {
        try
        {
            if (_reader.Read())
            {
                throw Error("unexpected content after the end of the dataset object.");
            }
        }
        catch (JsonException e) when (e.Path is null)
        {
            throw new JsonException(e.Message, "$", e.LineNumber, e.BytePositionInLine, e);
        }
    }

    internal void EnterObject()
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Expected("an object");
        }

        _path.Push();
    }

    /// <summary>Moves to the next member's name; false (and out of the object) at its end.</summary>
    internal bool NextMember()
    {
        Read();
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            _path.Pop();
            return false;
        }

        _path.SetName(null);
        return true;
    }

    /// <summary>True, with the cursor moved to the member's value, when the current member is <paramref name="name"/>.</summary>
    internal bool Member(ReadOnlySpan<byte> utf8Name, string name)
    {
        if (!_reader.ValueTextEquals(utf8Name))
        {
            return false;
        }

        _path.SetName(name);
        Read();
        return true;
    }

    /// <summary>Refuses the current member: the format has no member of that name here.</summary>
    internal JsonException UnknownMember()
    {
        // A hostile name can be megabytes long: the message and the path get a shortened copy.
        var name = DataValidator.Shorten(String(), 120);
        _path.SetName(name);
        return Error($"'{name}' is not a member of this object in the dataset format (a misspelling, or a newer format?).");
    }

    /// <summary>Checks, after the object's end, that a required member was there (a non-null value was read).</summary>
    internal readonly void Require(object? value, string name) => Require(value is not null, name);

    /// <summary>Checks, after the object's end, that a required member was there.</summary>
    internal readonly void Require(bool present, string name)
    {
        if (!present)
        {
            throw Error($"the required member '{name}' is missing.");
        }
    }

    internal string Text() => _reader.TokenType == JsonTokenType.String ? String() : throw Expected("a string");

    internal string? NullableText() => _reader.TokenType == JsonTokenType.Null ? null : Text();

    internal readonly int Int()
        => _reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var value)
            ? value
            : throw Expected("a whole number from -2147483648 to 2147483647");

    /// <summary>A list of texts. A null element is kept, so that validation reports it with its index.</summary>
    internal List<string> Texts()
    {
        EnterArray();
        var list = new List<string>();
        while (NextElement())
        {
            list.Add(_reader.TokenType == JsonTokenType.Null ? null! : Text());
        }

        return list;
    }

    /// <summary>A list of objects. A null element is kept, so that validation reports it with its index.</summary>
    internal static List<T> Objects<T>(ref JsonCursor cursor, ObjectReader<T> read)
        where T : class
    {
        cursor.EnterArray();
        var list = new List<T>();
        while (cursor.NextElement())
        {
            list.Add(cursor.TokenType == JsonTokenType.Null ? null! : read(ref cursor));
        }

        return list;
    }

    internal readonly JsonException Expected(string what) => Error($"expected {what}, found {Describe(_reader.TokenType)}.");

    /// <summary>An error at the current path, with the line and byte position just after the current token.</summary>
    internal readonly JsonException Error(string message)
    {
        var consumed = (int)_reader.BytesConsumed;
        var before = _json.Slice(0, Math.Min(consumed, _json.Length));
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        long line = 0;
        foreach (var b in before)
        {
            line += b == (byte)'\n' ? 1 : 0;
        }

        return new JsonException(
            $"{message} LineNumber: {line} | BytePositionInLine: {consumed - lineStart}.", _path.ToString(), line, consumed - lineStart);
    }

    private void EnterArray()
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Expected("an array");
        }

        _path.Push();
    }

    /// <summary>Moves to the next element's first token; false (and out of the array) at its end.</summary>
    private bool NextElement()
    {
        Read();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            _path.Pop();
            return false;
        }

        _path.NextIndex();
        return true;
    }

    private readonly string String()
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // Invalid UTF-8, or an escaped lone surrogate: the text cannot become a .NET string.
            var error = Error("the text is not valid UTF-8, or escapes a lone surrogate.");
            throw new JsonException(error.Message, error.Path, error.LineNumber, error.BytePositionInLine, e);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
