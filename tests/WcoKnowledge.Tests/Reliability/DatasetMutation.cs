using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WcoKnowledge.Tests.TestSupport;

namespace WcoKnowledge.Tests.Reliability;

internal enum MutationKind
{
    Truncate, FlipBytes, Remove, DuplicateElement, DuplicateMember, WrongType, EdgeNumber, HugeString, DeepNesting, Swap, RandomText, InvalidUtf8,
}

/// <summary>
/// One damaged dataset, as plain data so that CsCheck can generate, print and replay it: which file, what is done to it,
/// where (<see cref="PickA"/>, <see cref="PickB"/> pick among the candidate places), how much (<see cref="Size"/>), and
/// with which random text. <see cref="Reader"/> chooses how it is fed to the loader (0-1 sync, 2-3 async; odd: non-seekable, in small chunks).
/// </summary>
internal sealed partial record DatasetMutation(MutationKind Kind, bool Format1, int PickA, int PickB, int Size, string Text, int Reader)
{
    private const string Mark = "@@MUTATION-MARK@@";
    private const string DuplicateKey = "@@DUPLICATE-KEY@@";

    private static readonly string[] _edgeNumbers =
    {
        "0", "-1", "1", "-0", "1.0", "1.5", "1e3", "9999", "10000", "99999", "2147483647", "-2147483648", "2147483648", "1e308", "-1e308", "1900", "1899", "1946", "2100", "2101",
    };

    private static readonly byte[][] _badUtf8 = { new byte[] { 0xFF }, new byte[] { 0xC0, 0x80 }, new byte[] { 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 } };

    private static readonly Lazy<Base> _format2 = new(() => new Base(TestDataset.ReadBytes()));

    private static readonly Lazy<Base> _format1 = new(() => new Base(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json"))));

    /// <summary>Builds the damaged file: a description for failure messages, and its bytes.</summary>
    public (string Description, byte[] Bytes) Apply()
    {
        var b = Format1 ? _format1.Value : _format2.Value;
        var file = Format1 ? "format-1 file" : "dataset file";
        switch (Kind)
        {
            case MutationKind.Truncate:
                var at = PickA % b.Bytes.Length;
                return ($"{file} truncated to {at} of {b.Bytes.Length} bytes", b.Bytes[..at]);
            case MutationKind.FlipBytes:
                var flipped = (byte[])b.Bytes.Clone();
                var random = new Random(PickA);
                var flips = new List<string>();
                for (var i = 0; i <= Size % 8; i++)
                {
                    var position = random.Next(flipped.Length);
                    var mask = (byte)random.Next(1, 256);
                    flipped[position] ^= mask;
                    flips.Add(FormattableString.Invariant($"{position}^{mask:X2}"));
                }

                return ($"{file} with bytes flipped at {string.Join(", ", flips)}", flipped);
            default:
                return ApplyToTree(b, file);
        }
    }

    /// <summary>The JSON path of every string in the dataset file, with the file as JSON text where that string is replaced by <paramref name="text"/>.</summary>
    public static IEnumerable<(string Path, string Json)> EachStringReplacedBy(string text)
    {
        foreach (var at in _format2.Value.Strings)
        {
            var root = JsonNode.Parse(_format2.Value.Bytes)!;
            Set(root, at, text);
            yield return (at.Path, root.ToJsonString());
        }
    }

    public override string ToString() => FormattableString.Invariant($"{Kind} format{(Format1 ? 1 : 2)} a={PickA} b={PickB} size={Size} reader={Reader} text={Printable(Text)}");

    private (string Description, byte[] Bytes) ApplyToTree(Base b, string file)
    {
        var root = JsonNode.Parse(b.Bytes)!;
        var target = b.Locations[PickA % b.Locations.Count];
        string? raw = null;
        string what;
        switch (Kind)
        {
            case MutationKind.Remove:
                Detach(root, target);
                what = "removed";
                break;
            case MutationKind.DuplicateElement:
                var array = b.Arrays[PickA % b.Arrays.Count];
                var list = Navigate(root, array.Steps)!.AsArray();
                var copied = Size % list.Count;
                list.Insert(PickB % (list.Count + 1), list[copied]?.DeepClone());
                target = array;
                what = FormattableString.Invariant($"element [{copied}] duplicated");
                break;
            case MutationKind.DuplicateMember:
                target = b.Members[PickA % b.Members.Count];
                var name = (string)target.Steps[^1];
                Navigate(root, target.Steps[..^1])!.AsObject()[DuplicateKey] = Navigate(root, target.Steps)?.DeepClone();
                raw = JsonSerializer.Serialize(name);
                what = "member written twice";
                break;
            case MutationKind.WrongType:
                raw = (PickB % 8) switch { 0 => "42", 1 => "\"text\"", 2 => "[]", 3 => "{}", 4 => "null", 5 => "true", 6 => "[1,\"a\",null,{}]", _ => "{\"id\":\"x\"}" };
                what = "replaced by " + raw;
                break;
            case MutationKind.EdgeNumber:
                target = b.Numbers[PickA % b.Numbers.Count];
                raw = _edgeNumbers[PickB % _edgeNumbers.Length];
                what = "replaced by " + raw;
                break;
            case MutationKind.HugeString:
                target = b.Strings[PickA % b.Strings.Count];
                var unit = (PickB % 5) switch { 0 => "a", 1 => " ", 2 => "é", 3 => "世", _ => "😀" };
                var length = 301 + Size;
                raw = JsonString(string.Concat(Enumerable.Repeat(unit, length / unit.Length)));
                what = FormattableString.Invariant($"replaced by a string of {length} chars of '{unit}'");
                break;
            case MutationKind.DeepNesting:
                var depth = 65 + (Size % 9_936);
                raw = PickB % 2 == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                what = FormattableString.Invariant($"replaced by {depth} nested {(PickB % 2 == 0 ? "arrays" : "objects")}");
                break;
            case MutationKind.Swap:
                var other = b.Locations[PickB % b.Locations.Count];
                if (IsPrefix(target.Steps, other.Steps) || IsPrefix(other.Steps, target.Steps))
                {
                    return ($"{file} unchanged (swap of {target.Path} with its own ancestor or descendant)", b.Bytes);
                }

                var first = Navigate(root, target.Steps)?.DeepClone();
                var second = Navigate(root, other.Steps)?.DeepClone();
                Set(root, target, second);
                Set(root, other, first);
                what = "swapped with " + other.Path;
                break;
            case MutationKind.RandomText:
                target = b.Strings[PickA % b.Strings.Count];
                raw = JsonString(Text);
                what = "replaced by " + Printable(Text);
                break;
            case MutationKind.InvalidUtf8:
                target = b.Strings[PickA % b.Strings.Count];
                raw = "\"a" + Mark + "b\"";
                what = "given the invalid UTF-8 bytes " + Convert.ToHexString(_badUtf8[PickB % _badUtf8.Length]);
                break;
            default:
                throw new InvalidOperationException("Unknown mutation " + Kind);
        }

        if (raw is not null && Kind != MutationKind.DuplicateMember)
        {
            Set(root, target, JsonValue.Create(Mark));
        }

        var json = root.ToJsonString();
        json = Kind switch
        {
            MutationKind.DuplicateMember => json.Replace(JsonSerializer.Serialize(DuplicateKey), raw, StringComparison.Ordinal),
            MutationKind.InvalidUtf8 => json.Replace(JsonSerializer.Serialize(Mark), raw, StringComparison.Ordinal),
            _ when raw is not null => json.Replace(JsonSerializer.Serialize(Mark), raw, StringComparison.Ordinal),
            _ => json,
        };
        var bytes = Encoding.UTF8.GetBytes(json);
        if (Kind == MutationKind.InvalidUtf8)
        {
            bytes = ReplaceFirst(bytes, Encoding.ASCII.GetBytes(Mark), _badUtf8[PickB % _badUtf8.Length]);
        }

        return ($"{file}: {target.Path} {what}", bytes);
    }
}
