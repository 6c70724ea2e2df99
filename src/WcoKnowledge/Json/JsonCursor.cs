using System.Runtime.CompilerServices;
using WcoKnowledge.Loading;

namespace WcoKnowledge.Json;

/// <summary>Reads one object of a dataset file; called with the cursor on the object's first token.</summary>
internal delegate T ObjectReader<T>(JsonCursor cursor);

/// <summary>
/// A strict, forward-only walk over a dataset document: <see cref="JsonTokenizer"/> plus the JSON path of the
/// current token, so that every problem is reported where it is. Nothing is inferred: a token of the wrong type, an
/// unknown member, a missing required member or a number that is not a 32-bit integer is a
/// <see cref="JsonFormatException"/> carrying the path, line and byte position.
/// </summary>
/// <remarks>
/// Value readers (<see cref="Text"/>, <see cref="Int"/>, <see cref="EnterObject"/>, ...) expect the cursor on the
/// value's first token. <see cref="Member"/> and the list readers move it there.
/// </remarks>
internal sealed class JsonCursor
{
    private readonly JsonTokenizer _tokens;
    private readonly JsonPath _path = new();
    private readonly TextPool _shared = new();

    // Where the elements of the lists of objects being read are gathered, innermost list last, before each list is
    // copied into an array of its exact length: one buffer for the whole document rather than a growing list per list.
    private object?[] _elements = new object?[64];
    private int _elementCount;

    // Where a list of texts is gathered before it is copied into an array of its exact length; lists of texts hold
    // no lists, so one buffer serves them all.
    private string[] _textBuffer = new string[16];

    /// <summary>A cursor over the <paramref name="length"/> bytes at <paramref name="document"/>, kept in place while it is used.</summary>
    internal unsafe JsonCursor(byte* document, int length, int maxDepth)
    {
        _tokens = new JsonTokenizer(document, length, maxDepth);
    }

    internal JsonToken TokenType => _tokens.Token;

    /// <summary>Moves to the next token; the tokenizer's errors (bad syntax, too deep) get the current path.</summary>
    internal void Read()
    {
        try
        {
            // The tokenizer reports a document that ends inside an object or array itself; it returns false only
            // after a complete root value, which the cursor never reads past except in ReadEnd.
            _ = _tokens.Read();
        }
        catch (JsonFormatException e) when (e.Path is null)
        {
            throw e.AtPath(_path.ToString());
        }
    }

    /// <summary>After the root value: anything but whitespace is an error.</summary>
    internal void ReadEnd()
    {
        try
        {
            _ = _tokens.Read();
        }
        catch (JsonFormatException e) when (e.Path is null)
        {
            throw e.AtPath("$");
        }
    }

    internal void EnterObject()
    {
        if (_tokens.Token != JsonToken.StartObject)
        {
            throw Expected("an object");
        }

        _path.Push();
    }

    /// <summary>Moves to the next member's name; false (and out of the object) at its end.</summary>
    internal bool NextMember()
    {
        Read();
        if (_tokens.Token == JsonToken.EndObject)
        {
            _path.Pop();
            return false;
        }

        _path.SetName(null);
        return true;
    }

    /// <summary>True, with the cursor moved to the member's value, when the current member is <paramref name="name"/>.</summary>
    /// <remarks>
    /// Each member name is tried against a reader's names in turn, and nearly every try fails on the length alone: that
    /// test is compiled into the reader itself, without a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Member(System.ReadOnlySpan<byte> utf8Name, string name) => _tokens.MayEqual(utf8Name.Length) && IsMember(utf8Name, name);

    private bool IsMember(System.ReadOnlySpan<byte> utf8Name, string name)
    {
        if (!_tokens.ValueEquals(utf8Name))
        {
            return false;
        }

        _path.SetName(name);
        Read();
        return true;
    }

    /// <summary>Refuses the current member: the format has no member of that name here.</summary>
    internal JsonFormatException UnknownMember()
    {
        // A hostile name can be megabytes long: the message and the path get a shortened copy.
        var name = DataValidator.Shorten(String(shared: false), 120);
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

    internal string Text() => _tokens.Token == JsonToken.String ? String(shared: false) : throw Expected("a string");

    internal string? NullableText() => _tokens.Token == JsonToken.Null ? null : Text();

    /// <summary>
    /// A text that the document is likely to repeat (an id, a reference to one, an enumeration value, a date): the
    /// same string for every occurrence of the same short ASCII text (see <see cref="TextPool"/>).
    /// </summary>
    internal string SharedText() => _tokens.Token == JsonToken.String ? String(shared: true) : throw Expected("a string");

    internal string? NullableSharedText() => _tokens.Token == JsonToken.Null ? null : SharedText();

    internal int Int()
        => _tokens.Token == JsonToken.Number && _tokens.TryGetInt32(out var value)
            ? value
            : throw Expected("a whole number from -2147483648 to 2147483647");

    /// <summary>A list of texts. A null element is kept, so that validation reports it with its index.</summary>
    internal string[] Texts() => TextList(shared: false);

    /// <summary>A list of texts that the document is likely to repeat, such as the ids of the sources an entry cites (see <see cref="SharedText"/>).</summary>
    internal string[] SharedTexts() => TextList(shared: true);

    /// <summary>A list of objects. A null element is kept, so that validation reports it with its index.</summary>
    /// <remarks>
    /// An array rather than a List of each object type: each List instantiation loads its own generic types (the list
    /// and five interfaces) on the first load, for every kind of object in the format.
    /// </remarks>
    internal T[] Objects<T>(ObjectReader<T> read)
        where T : class
    {
        EnterArray();
        var first = _elementCount;
        while (NextElement())
        {
            var element = _tokens.Token == JsonToken.Null ? null : read(this); // may gather a list of its own above 'first'
            if (_elementCount == _elements.Length)
            {
                System.Array.Resize(ref _elements, _elementCount * 2);
            }

            _elements[_elementCount++] = element;
        }

        var result = new T[_elementCount - first];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (T)_elements[first + i]!;
        }

        _elementCount = first;
        return result;
    }

    internal JsonFormatException Expected(string what) => Error($"expected {what}, found {Describe(_tokens.Token)}.");

    /// <summary>An error at the current path, with the line and byte position just after the current token.</summary>
    internal JsonFormatException Error(string message) => _tokens.Error(message).AtPath(_path.ToString());

    private void EnterArray()
    {
        if (_tokens.Token != JsonToken.StartArray)
        {
            throw Expected("an array");
        }

        _path.Push();
    }

    /// <summary>Moves to the next element's first token; false (and out of the array) at its end.</summary>
    private bool NextElement()
    {
        Read();
        if (_tokens.Token == JsonToken.EndArray)
        {
            _path.Pop();
            return false;
        }

        _path.NextIndex();
        return true;
    }

    private string[] TextList(bool shared)
    {
        EnterArray();
        var count = 0;
        while (NextElement())
        {
            if (count == _textBuffer.Length)
            {
                System.Array.Resize(ref _textBuffer, count * 2);
            }

            _textBuffer[count++] = _tokens.Token == JsonToken.Null ? null! : shared ? SharedText() : Text();
        }

        if (count == 0)
        {
            return System.Array.Empty<string>();
        }

        var list = new string[count];
        System.Array.Copy(_textBuffer, list, count);
        return list;
    }

    private string String(bool shared)
    {
        try
        {
            return shared ? _tokens.GetSharedString(_shared) : _tokens.GetString();
        }
        catch (JsonFormatException e) when (e.Path is null)
        {
            throw e.AtPath(_path.ToString());
        }
    }

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.String => "a string",
        JsonToken.Number => "a number",
        JsonToken.True or JsonToken.False => "a boolean",
        JsonToken.Null => "null",
        _ => token.ToString(),
    };
}
