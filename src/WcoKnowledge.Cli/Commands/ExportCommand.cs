using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using WcoKnowledge.Cli.Export;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco export --format json|markdown|csv|mermaid|jsonld [--output &lt;file&gt;]</c>: the whole knowledge base in one file.</summary>
internal static class ExportCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json, markdown, csv, mermaid or jsonld. May be left out when --output ends in .json, .md, .csv, .mmd or .jsonld.",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names, "md", "mmd"]);
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write to this file (created or replaced) instead of stdout.",
            HelpName = "file",
        };
        var command = new WcoCommand(
            "export",
            "Export the whole knowledge base: a Markdown document with its sources, a CSV table of the items, a JSON "
            + "document, or a Mermaid diagram of the structure (organization, bodies, plan, objectives, building blocks).",
            [
                new("wco export --format markdown -o wco.md", "A readable document with every source"),
                new("wco export -o items.csv", "CSV, the format from the file name"),
                new("wco export --format mermaid", "The structure diagram, on stdout"),
                new("wco export --format json -o wco.json", "Everything as one JSON document"),
                new("wco export --format jsonld -o wco.jsonld", "JSON-LD with schema.org types and Wikidata links"),
                new("wco export -f csv -o items.csv --json", "Report as JSON: format, output, bytes"),
            ]) { format, output };
        command.SetAction(parse => Run(context, parse, parse.GetValue(format), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string? formatText, string? path)
    {
        ExportFormat format;
        if (formatText is not null && ExportFormats.TryParse(formatText, out format))
        {
            // --format wins over the output file's extension; System.CommandLine has checked the word.
        }
        else if (path is null || !ExportFormats.TryFromFileName(path, out format))
        {
            throw new CliException(ExitCodes.Usage, "Say which format to export with --format json|markdown|csv|mermaid|jsonld.", "Example: wco export --format markdown -o wco.md");
        }

        var kb = context.KnowledgeBase(parse);
        var text = ExportFormats.Write(format, kb);
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (path is not null)
        {
            Save(path, text);
        }

        if (context.WantsJson(parse))
        {
            CliJson.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("format", ExportFormats.Name(format));
                w.WriteString("output", path);
                w.WriteNumber("bytes", bytes);
                if (path is null)
                {
                    w.WriteString("content", text);
                }

                w.WriteEndObject();
            });
        }
        else if (path is null)
        {
            context.Out.Write(text);
        }
        else
        {
            context.Human.Line($"Wrote {ExportFormats.Name(format)} ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes) to {path}");
        }

        return ExitCodes.Ok;
    }

    private static void Save(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(ExitCodes.Usage, $"--output: cannot write '{path}': {e.Message}");
        }
    }
}
