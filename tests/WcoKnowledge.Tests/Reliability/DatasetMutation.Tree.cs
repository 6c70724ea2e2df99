using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WcoKnowledge.Tests.Reliability;

// Finding and changing places in a JSON tree, spelling raw JSON, and the base files with their places listed once.
internal sealed partial record DatasetMutation
{
    private static JsonNode? Navigate(JsonNode root, IEnumerable<object> steps)
    {
        JsonNode? node = root;
        foreach (var step in steps)
        {
            node = step is string name ? node!.AsObject()[name] : node!.AsArray()[(int)step];
        }

        return node;
    }

    private static void Set(JsonNode root, Location at, JsonNode? value)
    {
        var parent = Navigate(root, at.Steps[..^1])!;
        if (at.Steps[^1] is string name)
        {
            parent.AsObject()[name] = value;
        }
        else
        {
            parent.AsArray()[(int)at.Steps[^1]] = value;
        }
    }

    private static void Detach(JsonNode root, Location at)
    {
        var parent = Navigate(root, at.Steps[..^1])!;
        if (at.Steps[^1] is string name)
        {
            parent.AsObject().Remove(name);
        }
        else
        {
            parent.AsArray().RemoveAt((int)at.Steps[^1]);
        }
    }

    private static bool IsPrefix(object[] prefix, object[] steps) => prefix.Length <= steps.Length && prefix.SequenceEqual(steps.Take(prefix.Length));

    // A JSON string literal that spells every surrogate and control as a \u escape, so lone surrogates reach the reader intact.
    private static string JsonString(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c is '"' or '\\' ? sb.Append('\\').Append(c)
                : c < ' ' || char.IsSurrogate(c) ? sb.Append(FormattableString.Invariant($"\\u{(int)c:X4}"))
                : sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    private static byte[] ReplaceFirst(byte[] bytes, byte[] find, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(find);
        return at < 0 ? bytes : bytes[..at].Concat(replacement).Concat(bytes[(at + find.Length)..]).ToArray();
    }

    public static string Printable(string s) => "\"" + string.Concat(s.Take(120).Select(c => c is >= ' ' and <= '~' ? c.ToString() : FormattableString.Invariant($"\\u{(int)c:X4}"))) + (s.Length > 120 ? "…\"" : "\"");

    private sealed record Location(string Path, object[] Steps, JsonValueKind Kind);

    // A base file and every place in it, computed once: all values, members, non-empty arrays, strings and numbers.
    private sealed class Base
    {
        public Base(byte[] bytes)
        {
            Bytes = bytes;
            Walk(JsonNode.Parse(bytes)!, "$", Array.Empty<object>());
            Members = Locations.Where(l => l.Steps[^1] is string).ToList();
            Strings = Locations.Where(l => l.Kind == JsonValueKind.String).ToList();
            Numbers = Locations.Where(l => l.Kind == JsonValueKind.Number).ToList();
        }

        public byte[] Bytes { get; }

        public List<Location> Locations { get; } = new();

        public List<Location> Arrays { get; } = new();

        public List<Location> Members { get; }

        public List<Location> Strings { get; }

        public List<Location> Numbers { get; }

        private void Walk(JsonNode? node, string path, object[] steps)
        {
            var kind = node?.GetValueKind() ?? JsonValueKind.Null;
            if (steps.Length > 0)
            {
                Locations.Add(new Location(path, steps, kind));
            }

            if (node is JsonObject obj)
            {
                foreach (var (name, child) in obj)
                {
                    Walk(child, path + "." + name, steps.Append(name).ToArray());
                }
            }
            else if (node is JsonArray array)
            {
                if (array.Count > 0)
                {
                    Arrays.Add(new Location(path, steps, kind));
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], FormattableString.Invariant($"{path}[{i}]"), steps.Append(i).ToArray());
                }
            }
        }
    }
}
