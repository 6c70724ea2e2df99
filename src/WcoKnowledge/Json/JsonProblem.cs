using System;
using System.Text.Json;

namespace WcoKnowledge.Json;

/// <summary>
/// Says what a System.Text.Json <see cref="JsonException"/> found, in the dataset's terms: its own messages name the
/// internal types the dataset is read into ("could not be mapped to any .NET member contained in type ..."), which
/// mean nothing to the author of a dataset file.
/// </summary>
/// <remarks>
/// The kind of problem is recognised from System.Text.Json's English messages (it ships no translations); anything not
/// recognised keeps its first sentence, with type names left out. Tests load thousands of damaged datasets and check
/// that no message names an internal type.
/// </remarks>
internal static class JsonProblem
{
    // A path longer than this (a member name of a million characters, say) is cut, so that messages stay readable.
    private const int MaxPathLength = 200;

    internal static string ShortPath(string path)
        => path.Length <= MaxPathLength ? path : $"{path.Substring(0, MaxPathLength)}…";

    internal static string Describe(JsonException e)
    {
        var message = WithoutPosition(e.Message);
        if (e.InnerException?.GetType().Name == "JsonReaderException")
        {
            return "not valid JSON: " + message; // the reader's own words, which speak of the input only
        }

        if (Has(message, "could not be mapped to any .NET member"))
        {
            return "unknown member: the format has no member of this name here.";
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return "this member is written twice in its object; each member may appear once.";
        }

        var missing = message.IndexOf("missing required properties including: ", StringComparison.Ordinal);
        if (missing >= 0)
        {
            // System.Text.Json lists the missing members by their JSON names, quoted.
            var names = message.Substring(missing + "missing required properties including: ".Length).TrimEnd('.');
            return "required member missing: " + names + ".";
        }

        if (Has(message, "doesn't allow null values") || Has(message, "doesn't allow setting null values"))
        {
            return "null is not allowed here; the member needs a value.";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return e.InnerException switch
            {
                FormatException => "the number is not a whole number in the range of a 32-bit integer.",
                InvalidOperationException inner => "the value has the wrong type or is not valid text: " + WithoutPosition(inner.Message),
                _ => "the value has the wrong type for this member.",
            };
        }

        return FirstSentenceWithoutTypes(message);
    }

    // System.Text.Json ends its messages with " Path: ... | LineNumber: ... | BytePositionInLine: ...", which the
    // exception's own properties already give.
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message.Substring(0, at);
    }

#pragma warning disable CA2249 // string.Contains(string, StringComparison) is not in netstandard2.0
    private static bool Has(string message, string part) => message.IndexOf(part, StringComparison.Ordinal) >= 0;
#pragma warning restore CA2249

    private static string FirstSentenceWithoutTypes(string message)
    {
        var type = message.IndexOf(" type '", StringComparison.Ordinal);
        var text = type < 0 ? message : $"{message.Substring(0, type)} this object.";
        return text.Length <= 300 ? text : $"{text.Substring(0, 300)}…";
    }
}
