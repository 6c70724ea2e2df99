using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>The dataset file copied next to the tests (TestData/wco-knowledge.json) and mutations of it.</summary>
internal static class TestDataset
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge.json");

    public static byte[] ReadBytes() => File.ReadAllBytes(FilePath);

    /// <summary>The real file as a mutable JSON tree.</summary>
    public static JsonNode ParseTree() => JsonNode.Parse(File.ReadAllText(FilePath, Encoding.UTF8))
        ?? throw new InvalidOperationException("The test dataset is the JSON literal null.");

    /// <summary>The real file with <paramref name="edit"/> applied, as JSON text.</summary>
    public static string Mutate(Action<JsonNode> edit)
    {
        var root = ParseTree();
        edit(root);
        return root.ToJsonString();
    }

    public static WcoKnowledgeBase Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    public static WcoKnowledgeBase Load(byte[] utf8Json)
    {
        using var stream = new MemoryStream(utf8Json, writable: false);
        return WcoKnowledgeBase.Load(stream);
    }

    /// <summary>Loads <paramref name="json"/> and returns the <see cref="WcoDataException"/> it must fail with (exactly that type).</summary>
    public static WcoDataException LoadFails(string json) => LoadFails(Encoding.UTF8.GetBytes(json));

    public static WcoDataException LoadFails(byte[] utf8Json)
    {
        Action act = () => Load(utf8Json);
        return act.Should().ThrowExactly<WcoDataException>().Which;
    }
}
