using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>Where problems are reported: the path of every text of the dataset, however deep it sits.</summary>
public partial class LoadTests
{
    [Fact]
    public void Load_AnyTextOfTheDatasetPaddedWithSpaces_IsReportedAtExactlyItsPath()
    {
        // The loader keeps paths in parts and joins them only to report a problem; this checks the joins at every
        // depth (members of list elements, lists inside list elements, elements of lists of texts).
        var texts = new List<string>();
        Walk(TestDataset.ParseTree(), "$", texts);
        texts.Should().HaveCountGreaterThan(2_000, "every text of the file is visited");

        var unreported = new List<string>();
        foreach (var path in texts)
        {
            var root = TestDataset.ParseTree();
            Replace(root, path, " padded ");
            var e = TestDataset.LoadFails(root.ToJsonString());
            if (!e.Errors.Any(error => error.StartsWith(path + ": ", System.StringComparison.Ordinal)))
            {
                unreported.Add($"{path} -> {e.Errors[0]}");
            }
        }

        unreported.Should().BeEmpty();
    }

    private static void Walk(JsonNode? node, string path, List<string> texts)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    Walk(value, path + "." + name, texts);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", texts);
                }

                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                texts.Add(path);
                break;
        }
    }

    private static void Replace(JsonNode root, string path, string text)
    {
        var node = root;
        JsonNode? parent = null;
        object? last = null;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([A-Za-z0-9]+)|\[(\d+)\]"))
        {
            parent = node;
            last = step.Groups[1].Success ? step.Groups[1].Value : int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            node = last is string name ? node[name]! : node[(int)last]!;
        }

        if (last is string member)
        {
            parent![member] = text;
        }
        else
        {
            parent![(int)last!] = text;
        }
    }
}
