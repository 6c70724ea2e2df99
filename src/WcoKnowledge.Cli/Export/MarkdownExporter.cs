using System.Text;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format markdown</c>: the whole knowledge base as a document to read (CommonMark with GitHub
/// tables): the organization and its dated facts; its statements and values; the governing and working bodies by
/// group; the Secretaries General; the regions; the roles and topics; the instruments with their editions; the
/// strategic plans, each with its objectives; Customs in the 21st Century and its building blocks; the relations
/// between items; and at the end every source with its address. Every item has its id, status, details, summary,
/// aliases and sources. Citations link to the source list by source id, and relations to the items they link by
/// item id (HTML anchors), so links work on GitHub and in any Markdown-to-HTML converter.
/// </summary>
/// <remarks>
/// The parts: <see cref="MarkdownDocument"/> (contents, sections in reading order, the source list),
/// <see cref="MarkdownOrganization"/> (the organization's facts, series and history), <see cref="MarkdownItems"/>
/// (one item's entry), <see cref="MarkdownRelations"/> (the relations section and the words links are read with),
/// all writing through one <see cref="MarkdownWriter"/> (the text and the source numbers citations use).
/// </remarks>
internal static class MarkdownExporter
{
    public static string Write(IWcoKnowledgeBase kb)
    {
        var md = new MarkdownWriter(kb.Sources);
        new MarkdownDocument(kb, md).Write();
        return md.ToString();
    }

    /// <summary>Text with the characters Markdown would read as syntax escaped.</summary>
    internal static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A link to an item's entry: its title, linked to its HTML anchor (the item id).</summary>
    internal static string Link(IKnowledgeItem item) => $"[{Text(item.Title)}](#{item.Id})";
}
