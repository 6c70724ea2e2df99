using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WcoKnowledge.Mcp;

/// <summary>
/// Wraps a tool so that arguments of the wrong JSON type, unknown or missing ones, and any failure of the tool itself
/// come back as a tool error that names the argument and what it should be. Without it the SDK reports a binding
/// failure as a bare "An error occurred invoking …", which gives a model nothing to correct.
/// </summary>
/// <remarks>Checks against the tool's own input schema (the types and required names the SDK derived from the
/// method), so the check and the schema the client sees cannot disagree. Stateless; thread-safe.</remarks>
internal sealed class ArgumentCheckingTool(McpServerTool inner) : DelegatingMcpServerTool(inner)
{
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = Check(ProtocolTool.Name, ProtocolTool.InputSchema, request.Params?.Arguments);
        if (problem is not null)
        {
            return ToolResults.Error(problem);
        }

        try
        {
            return await base.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not expected (the tools check their input and the library throws only for null): still an answer, so
            // that one bad call never ends the session.
            return ToolResults.Error($"The tool {ProtocolTool.Name} failed: {e.Message}");
        }
    }

    internal static string? Check(string toolName, JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal)
            : [];
        var names = string.Join(", ", properties.Keys);
        if (arguments is not null)
        {
            foreach (var (name, value) in arguments)
            {
                if (!properties.TryGetValue(name, out var property))
                {
                    return $"The tool {toolName} has no argument '{Shorten(name)}'; its arguments are: {names}.";
                }

                var types = Types(property);
                if (types.Count > 0 && !types.Any(type => Fits(type, value)))
                {
                    return $"The argument '{name}' must be {string.Join(" or ", types.Where(type => type != "null").Select(Describe))}, not {Describe(value.ValueKind)}.";
                }
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(element => element.GetString()))
            {
                if (name is not null && (arguments is null || !arguments.ContainsKey(name)))
                {
                    return $"The tool {toolName} needs the argument '{name}'; its arguments are: {names}.";
                }
            }
        }

        return null;
    }

    private static List<string> Types(JsonElement property)
    {
        if (!property.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static string Describe(string type) => type switch
    {
        "string" => "a string",
        "integer" => "a whole number (e.g. 5, without quotes)",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "an array",
        "object" => "an object",
        _ => type,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "this number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "this value",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
