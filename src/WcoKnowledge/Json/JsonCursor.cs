using System;
using System.Collections.Generic;
using System.Text.Json;

namespace WcoKnowledge.Json;

/// <summary>Reads one object of a dataset file; called with the cursor on the object's first token.</summary>
internal delegate T ObjectReader<T>(ref JsonCursor cursor);

/// <summary>
/// A strict, forward-only walk over a dataset document: System.Text.Json's <see cref="Utf8JsonReader"/> plus the JSON
/// path of the current token and the members already read in each open object, so that every problem is reported where
/// it is. Nothing is inferred: a token of the wrong type, an unknown member, a member written twice, a missing required
/// member or a number that is not a 32-bit integer is a <see cref="JsonFormatException"/> carrying the path, line and
/// byte position.
/// </summary>
/// <remarks>
/// Value readers (<see cref="Text"/>, <see cref="Int"/>, <see cref="EnterObject"/>, ...) expect the cursor on the
/// value's first token. <see cref="Member"/> and the list readers move it there. A ref struct, because the reader is one.
/// </remarks>
internal ref struct JsonCursor
{
    private readonly ReadOnlySpan<byte> _document;
    private readonly JsonPath _path = new();
    private readonly MembersRead _membersRead = new();
    private Utf8JsonReader _reader;

    /// <summary>A cursor over a whole document (no byte order mark), with the reader's default strictness: no comments, no trailing commas.</summary>
    internal JsonCursor(ReadOnlySpan<byte> document, int maxDepth)
    {
        _document = document;
        _reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = maxDepth });
    }

    internal JsonTokenType TokenType => _reader.TokenType;

    /// <summary>Moves to the next token; the reader's errors (bad syntax, too deep, an early end) get the current path.</summary>
    internal void Read()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (JsonException e)
        {
            throw Malformed(e, _path.ToString());
        }

        if (!more)
        {
            throw Error("the document ends before its value is complete.");
        }
    }

    /// <summary>After the root value: anything but white space is an error.</summary>
    internal void ReadEnd()
    {
        try
        {
            if (_reader.Read())
            {
                throw Error("there is more after the document's root value.");
            }
        }
        catch (JsonException e)
        {
            throw Malformed(e, "$");
        }
    }

    internal void EnterObject()
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Expected("an object");
        }

        _path.Push();
        _membersRead.Enter();
    }

    /// <summary>Moves to the next member's name; false (and out of the object) at its end.</summary>
    internal bool NextMember()
    {
        _path.SetName(null); // between members: a problem in the next name is reported at the object
        Read();
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            _path.Pop();
            _membersRead.Leave();
            return false;
        }

        return true;
    }

    /// <summary>True, with the cursor moved to the member's value, when the current member is <paramref name="name"/>.</summary>
    /// <remarks><paramref name="name"/> is a literal of the calling reader, so a second occurrence is found by reference.</remarks>
    internal bool Member(ReadOnlySpan<byte> utf8Name, string name)
    {
        if (!_reader.ValueTextEquals(utf8Name))
        {
            return false;
        }

        _path.SetName(name);
        if (!_membersRead.Add(name))
        {
            throw Error("this member is written twice in its object; each member may appear once.");
        }

        Read();
        return true;
    }

    /// <summary>
    /// In an object whose member names are data (translations keyed by language tag): the current member's name, with the
    /// cursor moved to its value. A name in <paramref name="seen"/> already is refused as written twice (compared
    /// ignoring case, as language tags are); the name is then added to it.
    /// </summary>
    internal string NameAsKey(List<string> seen)
    {
        string name;
        try
        {
            name = _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error("the member name is not valid text.");
        }

        _path.SetName(MessageText.Shorten(name, 40));
        foreach (var earlier in seen)
        {
            if (string.Equals(earlier, name, StringComparison.OrdinalIgnoreCase))
            {
                throw Error("this member is written twice in its object (names are compared ignoring case); each may appear once.");
            }
        }

        seen.Add(name);
        Read();
        return name;
    }

    /// <summary>Refuses the current member: the format has no member of that name here.</summary>
    internal JsonFormatException UnknownMember()
    {
        string name;
        try
        {
            // A hostile name can be megabytes long: the message and the path get a shortened copy.
            name = MessageText.Shorten(_reader.GetString()!, 120);
        }
        catch (InvalidOperationException)
        {
            name = "(a name that is not valid text)";
        }

        _path.SetName(name);
        return Error($"'{name}' is not a member of this object in the dataset format (a misspelling, or a newer format?).");
    }

    /// <summary>Checks, after the object's end, that a required member was there (a non-null value was read).</summary>
    internal void Require(object? value, string name) => Require(value is not null, name);

    /// <summary>Checks, after the object's end, that a required member was there.</summary>
    internal void Require(bool present, string name)
    {
        if (!present)
        {
            throw Error($"the required member '{name}' is missing.");
        }
    }

    internal string Text()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Expected("a string");
        }

        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error("the text is not valid UTF-8 or holds an unpaired surrogate escape.");
        }
    }

    internal string? NullableText() => _reader.TokenType == JsonTokenType.Null ? null : Text();

    internal int Int()
        => _reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var value)
            ? value
            : throw Expected("a whole number from -2147483648 to 2147483647");

    /// <summary>A list of texts. A null element is kept, so that validation reports it with its index.</summary>
    internal string[] Texts()
    {
        EnterArray();
        var texts = new List<string>();
        while (NextElement())
        {
            texts.Add(_reader.TokenType == JsonTokenType.Null ? null! : Text());
        }

        return texts.ToArray();
    }

    /// <summary>A list of objects. A null element is kept, so that validation reports it with its index.</summary>
    internal T[] Objects<T>(ObjectReader<T> read)
        where T : class
    {
        EnterArray();
        var objects = new List<T>();
        while (NextElement())
        {
            objects.Add(_reader.TokenType == JsonTokenType.Null ? null! : read(ref this));
        }

        return objects.ToArray();
    }

    private JsonFormatException Expected(string what) => Error($"expected {what}, found {Describe(_reader.TokenType)}.");

    /// <summary>An error at the current path, with the line and byte position just after the current token.</summary>
    private JsonFormatException Error(string message)
    {
        var consumed = (int)_reader.BytesConsumed;
        var before = _document.Slice(0, consumed);
        var line = 0;
        var lineStart = 0;
        for (var at = before.IndexOf((byte)'\n'); at >= 0; at = before.Slice(lineStart).IndexOf((byte)'\n'))
        {
            line++;
            lineStart += at + 1;
        }

        return new JsonFormatException(message, line, consumed - lineStart, _path.ToString());
    }

    // The reader's own message, without the position it appends (the exception carries it).
    private static JsonFormatException Malformed(JsonException e, string path)
    {
        var message = e.Message;
        var position = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        // The reader quotes the input around a bad literal, which may be long: a shortened copy.
        return new JsonFormatException(
            "not valid JSON: " + MessageText.Shorten(position < 0 ? message : message.Substring(0, position), 200),
            e.LineNumber ?? 0,
            e.BytePositionInLine ?? 0,
            path);
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
