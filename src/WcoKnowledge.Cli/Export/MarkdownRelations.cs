using System.Linq;
using WcoKnowledge.Cli.Output;
using static WcoKnowledge.Cli.Export.MarkdownExporter;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// The Markdown export's relations: the section listing them by type, and the words a relation is read with, there
/// and in each item's links.
/// </summary>
internal sealed class MarkdownRelations(IWcoKnowledgeBase kb, MarkdownWriter md)
{
    // The relations by type, each with both ends linked, its note, status and sources.
    public void Write()
    {
        md.Line("Links between items, each recorded only where a source states or shows it.");
        md.Line();
        foreach (var group in kb.Relations.GroupBy(relation => relation.Type).OrderBy(group => group.Key))
        {
            md.Line($"### {Heading(group.Key)}");
            md.Line();
            foreach (var relation in group)
            {
                var note = relation.Note is null ? string.Empty : $": {Text(relation.Note)}";
                md.Line($"- {Link(relation.From)} {Words(relation.Type)} {Link(relation.To)}{note} *{DatasetWords.Word(relation.Status)}* {md.Refs(relation.Sources)}");
            }

            md.Line();
        }
    }

    /// <summary>The verb of a relation read from its first end, in bold: "is managed by", "report to" (<paramref name="plural"/>).</summary>
    public static string Words(RelationType type, bool plural = false) => type switch
    {
        RelationType.ManagedBy => plural ? "**are managed by**" : "**is managed by**",
        RelationType.ReportsTo => plural ? "**report to**" : "**reports to**",
        RelationType.Serves => plural ? "**serve**" : "**serves**",
        RelationType.Supports => plural ? "**support**" : "**supports**",
        _ => $"**{DatasetWords.Word(type)}**",
    };

    private static string Heading(RelationType type) => type switch
    {
        RelationType.Serves => "Serves: the topics instruments and bodies serve",
        RelationType.ManagedBy => "Managed by: the bodies that manage instruments",
        RelationType.ReportsTo => "Reports to: the bodies others report to",
        RelationType.Supports => "Supports: roles, building blocks and strategies supported",
        _ => Names.Capitalize(DatasetWords.Word(type)),
    };
}
