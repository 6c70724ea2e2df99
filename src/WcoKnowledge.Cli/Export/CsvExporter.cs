using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format csv</c>: one row per item of every kind under a header row, RFC 4180 (comma-separated,
/// CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled). Lists (aliases, source ids)
/// are joined with "; " and " " within their field.
/// </summary>
internal static class CsvExporter
{
    public static readonly string[] Columns = ["id", "kind", "number", "title", "status", "status_note", "aliases", "summary", "sources"];

    public static string Write(IWcoKnowledgeBase kb)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var item in kb.Items)
        {
            Row(csv,
            [
                item.Id,
                KnowledgeKinds.Word(item.Kind),
                ItemDetails.NumberOf(item)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                item.Title,
                DatasetWords.Word(item.Status),
                item.StatusNote ?? string.Empty,
                string.Join("; ", item.Aliases),
                item.Summary,
                string.Join(" ", item.Sources.Select(source => source.Id)),
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }

    /// <summary>A field as RFC 4180 writes it: quoted (with quotes doubled) when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) => value.AsSpan().IndexOfAny(",\"\r\n") < 0
        ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
