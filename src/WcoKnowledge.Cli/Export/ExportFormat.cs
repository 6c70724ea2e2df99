using System;
using System.IO;

namespace WcoKnowledge.Cli.Export;

/// <summary>The formats of <c>wco export</c>.</summary>
internal enum ExportFormat
{
    Json,
    Markdown,
    Csv,
    Mermaid,
    JsonLd,
}

/// <summary>Names, file extensions and writers of the export formats.</summary>
internal static class ExportFormats
{
    public static readonly string[] Names = ["json", "markdown", "csv", "mermaid", "jsonld"];

    public static bool TryParse(string text, out ExportFormat format)
    {
        format = text.Trim().ToLowerInvariant() switch
        {
            "json" => ExportFormat.Json,
            "markdown" or "md" => ExportFormat.Markdown,
            "csv" => ExportFormat.Csv,
            "mermaid" or "mmd" => ExportFormat.Mermaid,
            "jsonld" => ExportFormat.JsonLd,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The format a file name implies (<c>.json</c>, <c>.md</c>, <c>.csv</c>, <c>.mmd</c>, <c>.jsonld</c>), so <c>--format</c> may be left out.</summary>
    public static bool TryFromFileName(string path, out ExportFormat format) =>
        TryParse(Path.GetExtension(path).TrimStart('.') switch { "markdown" => "md", "mermaid" => "mmd", var other => other }, out format);

    public static string Name(ExportFormat format) => Names[(int)format];

    /// <summary>The export of <paramref name="kb"/> in <paramref name="format"/>, as text ending with a newline.</summary>
    public static string Write(ExportFormat format, IWcoKnowledgeBase kb) => format switch
    {
        ExportFormat.Json => JsonExporter.Write(kb),
        ExportFormat.Markdown => MarkdownExporter.Write(kb),
        ExportFormat.Csv => CsvExporter.Write(kb),
        ExportFormat.Mermaid => MermaidExporter.Write(kb),
        ExportFormat.JsonLd => JsonExporter.WriteJsonLd(kb),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format."),
    };
}
