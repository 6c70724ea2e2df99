using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using FluentAssertions;
using WcoKnowledge.Json;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// The library's own JSON tokenizer against System.Text.Json's <see cref="Utf8JsonReader"/> (strict options, depth 64):
/// on every input both must either refuse it (wherever each notices) or produce the same tokens with the same texts. Edge cases from a table, then
/// 10,000 generated documents and 10,000 byte-level damages of generated documents and of slices of the dataset file.
/// </summary>
public class JsonTokenizerDifferentialTests
{
    private const long Iterations = 10_000;
    private const int MaxDepth = 64;

    public static TheoryData<string> EdgeCases { get; } = new()
    {
        "", " ", "null", "true", "false", "0", "-0", "1", "-1", "01", "-01", "1.", ".5", "1.5", "1e5", "1E+5", "1e-5", "1e", "1e+", "-", "--1",
        "+1", "2147483648", "-2147483649", "1.0e400", "tru", "truex", "nul", "True", "NULL", "\"\"", "\"a\"", "\"a", "\"\\\"\"", "\"\\/\"",
        "\"\\b\\f\\n\\r\\t\"", "\"\\x\"", "\"\\u00e9\"", "\"\\u00E9\"", "\"\\u12\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00\"",
        "\"\\ud83d\\u0041\"", "\"\\ud83d\\ud83d\"", "\"tab\there\"", "\"\u007f\"", "[]", "[ ]", "[1,]", "[,1]", "[1 2]", "[1,,2]", "[[[]]]",
        "{}", "{ }", "{\"a\":1}", "{\"a\" : 1 , \"b\" : [true, null]}", "{\"a\":1,}", "{,\"a\":1}", "{\"a\" 1}", "{\"a\":}", "{a:1}",
        "{'a':1}", "{\"a\":1 \"b\":2}", "{\"a\":1}}", "{\"a\":[1}", "[{\"a\":1]", "{} {}", "{}x", "1 2", "[1]/", "/* c */ 1", "1 // c",
        "[1/2]", "[1\"a\"]", "[true\"a\"]", "[true{}]", "{\"a\":1}\n", "\n\r\t {\"a\":1} \t", "\u00a0{}", "\ufeff{}",
        "{\"\\u0061\":1}", "{\"a\\nb\":1}", new string('[', 64) + new string(']', 64), new string('[', 65) + new string(']', 65),
        "{\"a\":" + new string('[', 63) + new string(']', 63) + "}", "{\"a\":" + new string('[', 64) + new string(']', 64) + "}",
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Tokenize_EdgeCase_AgreesWithUtf8JsonReader(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Ours(bytes).Should().Equal(Theirs(bytes), "for {0}", Show(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x22, 0xC3, 0x28, 0x22 })] // a lead byte then ASCII
    [InlineData(new byte[] { 0x22, 0xE2, 0x82, 0x22 })] // a truncated three-byte sequence
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })] // a UTF-16 surrogate encoded as UTF-8
    [InlineData(new byte[] { 0x22, 0xC0, 0xAF, 0x22 })] // an overlong encoding of '/'
    [InlineData(new byte[] { 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22 })] // beyond U+10FFFF
    [InlineData(new byte[] { 0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22 })] // a valid four-byte character
    [InlineData(new byte[] { 0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D })] // invalid UTF-8 in a member name
    [InlineData(new byte[] { 0x22, 0x00, 0x22 })] // an unescaped NUL
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0x22, 0xE0, 0x80, 0x80, 0x22 })] // an overlong three-byte form
    [InlineData(new byte[] { 0x22, 0xF0, 0x80, 0x80, 0x80, 0x22 })] // an overlong four-byte form
    [InlineData(new byte[] { 0x22, 0xEF, 0xBF, 0xBF, 0x22 })] // U+FFFF, valid
    [InlineData(new byte[] { 0x22, 0xF4, 0x8F, 0xBF, 0xBF, 0x22 })] // U+10FFFF, the last valid value
    [InlineData(new byte[] { 0x22, 0x61, 0x80, 0x62, 0x22 })] // a stray continuation byte
    [InlineData(new byte[] { 0x22, 0xC2, 0x22 })] // a lead byte cut short by the closing quote
    [InlineData(new byte[] { 0x22, 0xC3, 0xA9, 0x5C, 0x6E, 0xE4, 0xB8, 0xAD, 0x22 })] // two- and three-byte characters around an escape
    public void Tokenize_Utf8EdgeCase_AgreesWithUtf8JsonReader(byte[] bytes)
    {
        Ours(bytes).Should().Equal(Theirs(bytes), "for {0}", Show(bytes));
    }

    [Fact]
    public void Tokenize_TheDatasetFile_AgreesWithUtf8JsonReader()
    {
        var bytes = TestDataset.ReadBytes();

        var ours = Ours(bytes);

        ours.Should().Equal(Theirs(bytes));
        ours.Should().HaveCountGreaterThan(5_000, "the whole file is tokenized, not a prefix").And.NotContain("error");
    }

    [Fact]
    public void Tokenize_GeneratedDocuments_AgreeWithUtf8JsonReader()
    {
        Document(4).Select(text => Encoding.UTF8.GetBytes(text)).Sample(
            bytes => Ours(bytes).Should().Equal(Theirs(bytes), "for {0}", Show(bytes)),
            iter: Iterations,
            print: Show);
    }

    [Fact]
    public void Tokenize_DamagedDocuments_AgreeWithUtf8JsonReader()
    {
        var file = TestDataset.ReadBytes();
        var original = Gen.Frequency(
            (3, (IGen<byte[]>)Document(4).Select(text => Encoding.UTF8.GetBytes(text))),
            (1, Gen.Int[0, file.Length - 1].SelectMany(start => Gen.Int[1, 600].Select(length => file.AsSpan(start, Math.Min(length, file.Length - start)).ToArray()))));
        var damaged = Gen.Select(original, Damage.Array[1, 4], (bytes, damages) => damages.Aggregate(bytes, (b, d) => d(b)));

        damaged.Sample(
            bytes => Ours(bytes).Should().Equal(Theirs(bytes), "for {0}", Show(bytes)),
            iter: Iterations,
            print: Show);
    }

    // Escapes (valid, lone surrogates, short or unknown), a raw quote, characters of two to four bytes, and bytes that
    // are not allowed raw or are not UTF-8.
    private static readonly byte[][] _specialParts = new[] { "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\udc00x", "\\u12", "\\x", "\"", "é", "中", "😀" }
        .Select(t => Encoding.UTF8.GetBytes(t))
        .Concat(new[] { new byte[] { 0x01 }, new byte[] { 0x1F }, new byte[] { 0x7F }, new byte[] { 0xC3, 0x28 }, new byte[] { 0x80 }, new byte[] { 0xFF }, new byte[] { 0xE2, 0x82 } })
        .ToArray();

    [Fact]
    public void Tokenize_TextsWithASpecialPartAtAnyOffset_AgreeWithUtf8JsonReader()
    {
        // The tokenizer looks at texts eight bytes at a time: a special part must be found at every offset of a word.
        var special = Gen.OneOf(_specialParts);
        var letters = Gen.Int[0, 25].Select(n => Encoding.ASCII.GetBytes(new string('a', n)));
        var wrapper = Gen.Int[0, 4];
        Gen.Select(letters, special, Gen.Int[0, 11], wrapper).Sample(
            t =>
            {
                var (before, part, after, wrap) = t;
                var text = new byte[] { (byte)'"' }.Concat(before).Concat(part).Concat(Encoding.ASCII.GetBytes(new string('b', after))).Append((byte)'"').ToArray();
                var json = wrap switch
                {
                    0 => text,
                    1 => Encoding.ASCII.GetBytes("[").Concat(text).Concat(Encoding.ASCII.GetBytes(",1]")).ToArray(),
                    2 => Encoding.ASCII.GetBytes("{").Concat(text).Concat(Encoding.ASCII.GetBytes(":1}")).ToArray(),
                    3 => Encoding.ASCII.GetBytes("{\"k\":").Concat(text).Concat(Encoding.ASCII.GetBytes("}")).ToArray(),
                    _ => text.Take(text.Length - 1).ToArray(), // cut short
                };
                Ours(json).Should().Equal(Theirs(json), "for {0}", Show(json));
            },
            iter: Iterations,
            print: t => $"{t.Item1.Length} letters, then {Show(t.Item2)}, then {t.Item3}, wrapper {t.Item4}");
    }

    [Fact]
    public void Tokenize_TextsOfEveryLengthAfterRunsOfWhiteSpace_AgreeWithUtf8JsonReader()
    {
        // Runs of spaces are skipped and ASCII texts are widened eight bytes at a time: every length of
        // both, at every alignment, with the run ending in each kind of byte and the text ending at the buffer's end.
        var printable = Enumerable.Range(0x20, 0x5F).Select(c => (char)c).Where(c => c != '"' && c != '\\').ToArray();
        for (var spaces = 0; spaces <= 20; spaces++)
        {
            foreach (var before in new[] { "", "\n", "\t", "\r\n" })
            {
                for (var length = 0; length <= 40; length++)
                {
                    var text = new string(Enumerable.Range(spaces, length).Select(i => printable[i % printable.Length]).ToArray());
                    var run = before + new string(' ', spaces);
                    foreach (var json in new[] { run + "\"" + text + "\"" + run, "[" + run + "\"" + text + "\"" + run + "]", "{" + run + "\"" + text + "\":" + run + "1}" })
                    {
                        var bytes = Encoding.ASCII.GetBytes(json);
                        Ours(bytes).Should().Equal(Theirs(bytes), "for {0}", Show(bytes));
                    }
                }
            }
        }
    }

    // JSON-significant and troublesome bytes, for the damages.
    private static readonly Gen<byte> _byte = Gen.Frequency(
        (6, (IGen<byte>)Gen.OneOf("{}[],:\"\\/ \t\r\nu0123456789.-+eEtrufalsn#*'abcdefABCDEF".Select(c => (byte)c).ToArray())),
        (1, Gen.Byte[0x00, 0x1F]),
        (1, Gen.Byte[0x80, 0xFF]),
        (1, Gen.Byte));

    private static readonly Gen<Func<byte[], byte[]>> Damage = Gen.OneOf(
        Gen.Select(Gen.Int, _byte, (at, b) => (Func<byte[], byte[]>)(bytes => bytes.Length == 0 ? new[] { b } : Replace(bytes, Index(at, bytes.Length), b))),
        Gen.Select(Gen.Int, _byte, (at, b) => (Func<byte[], byte[]>)(bytes => Insert(bytes, Index(at, bytes.Length + 1), b))),
        Gen.Int.Select(at => (Func<byte[], byte[]>)(bytes => bytes.Length == 0 ? bytes : Remove(bytes, Index(at, bytes.Length)))),
        Gen.Int.Select(at => (Func<byte[], byte[]>)(bytes => bytes.AsSpan(0, Index(at, bytes.Length + 1)).ToArray())));

    private static int Index(int random, int count) => (int)((uint)random % (uint)count);

    private static byte[] Replace(byte[] bytes, int at, byte b)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = b;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte b) => bytes.Take(at).Append(b).Concat(bytes.Skip(at)).ToArray();

    private static byte[] Remove(byte[] bytes, int at) => bytes.Take(at).Concat(bytes.Skip(at + 1)).ToArray();

    // Structurally valid JSON text with varied spacing, escapes, numbers and nesting.
    private static Gen<string> Document(int depth)
    {
        var space = Gen.OneOf("", "", " ", "\n", "\r\n", "\t", "  ", "\n" + new string(' ', 10), new string(' ', 17));
        var number = Gen.OneOf(
            Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Long.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "0"),
            Gen.OneOf("0", "-0", "1e5", "1E-5", "-1.25e+10", "2147483647", "-2147483648", "2147483648"));
        var piece = Gen.Frequency(
            (6, (IGen<string>)Gen.Char['a', 'z'].Select(c => c.ToString())),
            (2, Gen.OneOf("\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u00e9", "\\uD83D\\uDE00", "\\ud800", "\\udc00", "é", "😀", "中", " ")),
            (1, Gen.Char.Select(c => char.IsSurrogate(c) || c < ' ' || c == '"' || c == '\\' ? "x" : c.ToString())));
        var text = piece.Array[0, 8].Select(p => "\"" + string.Concat(p) + "\"");
        var scalar = Gen.Frequency((3, (IGen<string>)text), (3, number), (1, Gen.OneOf("true", "false", "null")));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Document(depth - 1);
        var array = Gen.Select(inner.Array[0, 4], space, (items, s) => "[" + s + string.Join("," + s, items) + s + "]");
        var obj = Gen.Select(Gen.Select(text, inner, (k, v) => k + ":" + v).Array[0, 4], space, (members, s) => "{" + s + string.Join(s + "," + s, members) + s + "}");
        return Gen.Frequency((2, (IGen<string>)scalar), (2, array), (3, obj));
    }

    // Tokens as "Kind:text" lines, or just "error" if the input is refused: the two readers may notice a problem one
    // token apart (a literal followed by a letter, say), which does not matter; accepting different input would.
    // As in the loader, the document sits inside a larger, pinned array: after a byte order mark, and followed
    // by bytes that would change the outcome if the tokenizer ever read past its end (it cannot: it reads through a span
    // of the document's length, so such a read would throw IndexOutOfRangeException and fail the test).
    private static unsafe List<string> Ours(byte[] bytes)
    {
        var buffer = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).Concat(Encoding.ASCII.GetBytes("\"\\e0}u0041\"")).ToArray();
        fixed (byte* start = buffer)
        {
            return Tokens(new JsonTokenizer(start + 3, bytes.Length, MaxDepth));
        }
    }

    private static List<string> Tokens(JsonTokenizer tokenizer)
    {
        var tokens = new List<string>();
        try
        {
            while (tokenizer.Read())
            {
                tokens.Add(tokenizer.Token switch
                {
                    JsonToken.String or JsonToken.PropertyName => $"{tokenizer.Token}:{tokenizer.GetString()}",
                    JsonToken.Number => $"Number:{(tokenizer.TryGetInt32(out var i) ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not an int")}",
                    _ => tokenizer.Token.ToString(),
                });
            }
        }
        catch (JsonFormatException)
        {
            return ["error"];
        }

        return tokens;
    }

    private static List<string> Theirs(byte[] bytes)
    {
        var tokens = new List<string>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        try
        {
            while (reader.Read())
            {
                tokens.Add(reader.TokenType switch
                {
                    JsonTokenType.String or JsonTokenType.PropertyName => $"{reader.TokenType}:{reader.GetString()}",
                    JsonTokenType.Number => $"Number:{(reader.TryGetInt32(out var i) ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not an int")}",
                    _ => reader.TokenType.ToString(),
                });
            }

            if (tokens.Count == 0)
            {
                return ["error"]; // Utf8JsonReader may report empty input by returning false at once; it holds no JSON value
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ["error"]; // InvalidOperationException: GetString on invalid UTF-8 or a lone surrogate
        }

        return tokens;
    }

    private static string Show(byte[] bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes.Take(300))
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return text.ToString();
    }
}
