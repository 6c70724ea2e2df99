using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace WcoKnowledge.Mcp;

/// <summary>
/// Builds the tools' results: an answer (structured content plus its text rendering) or a tool error
/// (<c>isError: true</c>, text only) that says what was wrong and, for an unknown key, what comes closest.
/// </summary>
internal static class ToolResults
{
    /// <summary>How many search hits an error offers as nearest matches.</summary>
    public const int NearestMatchCount = 5;

    public static CallToolResult Answer(JsonObject structured, string text) => new()
    {
        // The structured content is the JSON object the output schema describes; the text is for clients and
        // models that read only text content, and names the sources so that an answer can cite them.
        StructuredContent = ToolJson.ToElement(structured),
        Content = [new TextContentBlock { Text = text }],
    };

    // Errors carry no structured content: a client may check structured content against the tool's output schema,
    // which describes answers, not errors.
    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    /// <summary>An error with the search hits closest to what was asked, as ids and titles the model can try next.</summary>
    public static CallToolResult NotFound(string message, IReadOnlyList<SearchHit> nearest, string nextStep)
    {
        var text = new StringBuilder(message);
        if (nearest.Count == 0)
        {
            text.Append("\nNo item comes close to it.");
        }
        else
        {
            text.Append("\nNearest matches:");
            foreach (var hit in nearest.Take(NearestMatchCount))
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n- {hit.Item.Id}: {hit.Item.Title} ({KnowledgeKinds.DisplayName(hit.Kind)})");
            }
        }

        text.Append('\n').Append(nextStep);
        return Error(text.ToString());
    }
}
