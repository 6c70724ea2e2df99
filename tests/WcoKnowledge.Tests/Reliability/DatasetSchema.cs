using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>The dataset's JSON Schema (src/WcoKnowledge/Data/wco-knowledge.schema.json, copied next to the tests), built once.</summary>
internal static class DatasetSchema
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "Schema", "wco-knowledge.schema.json");

    // A registry of its own, so that building the schema never collides with another schema of the same $id.
    private static readonly Lazy<JsonSchema> _schema = new(() => JsonSchema.FromText(
        File.ReadAllText(FilePath),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.List };

    public static JsonSchema Schema => _schema.Value;

    /// <summary>Validates <paramref name="json"/>; returns every failing location with its messages, empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Evaluate(document.RootElement, _options);
        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        var errors = (results.Details ?? new List<EvaluationResults>())
            .Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : new[] { "invalid, with no error detail" };
    }
}
