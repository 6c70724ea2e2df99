using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WcoKnowledge.Cli.Output;
using static WcoKnowledge.Cli.Export.MarkdownExporter;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// One item's entry in the Markdown export: its heading, its id and status with its details, its summary, an
/// instrument's editions, its links to other items, its aliases, its status note and its sources.
/// </summary>
internal sealed class MarkdownItems(IWcoKnowledgeBase kb, MarkdownWriter md)
{
    // A detail longer than this gets a paragraph of its own.
    private const int InlineDetail = 100;

    // Details that together are longer than this are listed one per line instead of following the id on its line,
    // where a long line would wrap and break a date at its hyphens.
    private const int InlineDetails = 60;

    // An instrument's topics and managing bodies are the ends of its relations, which its "Links" line gives with their sources.
    private static readonly HashSet<string> _shownAsLinks = new(System.StringComparer.Ordinal) { "topics", "managed by" };

    public void Items(IEnumerable<IKnowledgeItem> items, string heading)
    {
        foreach (var item in items)
        {
            Item(item, heading);
        }
    }

    public void Item(IKnowledgeItem item, string? heading, IReadOnlySet<string>? skip = null)
    {
        if (heading is not null)
        {
            var marker = item switch
            {
                Objective { Label: { } label } => Text(label) + ": ",
                _ when ItemDetails.NumberOf(item) is { } n => n.ToString(CultureInfo.InvariantCulture) + ". ",
                _ => string.Empty,
            };
            md.Line($"{heading} {marker}{Text(item.Title)}");
            md.Line();
        }

        var details = ItemDetails.ForHuman(item)
            .Where(detail => detail.Label != "number" && skip?.Contains(detail.Label) != true && !_shownAsLinks.Contains(detail.Label))
            .ToList();
        var shortDetails = details.Where(detail => detail.Text!.Length <= InlineDetail).ToList();
        var inline = shortDetails.Sum(detail => detail.Label.Length + detail.Text!.Length + 5) <= InlineDetails;
        var facts = new List<string> { $"<a id=\"{item.Id}\"></a>`{item.Id}`", $"status: *{DatasetWords.Word(item.Status)}*" };
        if (inline)
        {
            facts.AddRange(shortDetails.Select(detail => $"{detail.Label}: {DetailText(detail)}"));
        }

        md.Line(string.Join(" · ", facts));
        md.Line();
        if (!inline)
        {
            foreach (var detail in shortDetails)
            {
                md.Line($"- {Names.Capitalize(detail.Label)}: {DetailText(detail)}");
            }

            md.Line();
        }

        foreach (var detail in details.Where(detail => detail.Text!.Length > InlineDetail))
        {
            md.Line($"*{Names.Capitalize(detail.Label)}:* {DetailText(detail)}");
            md.Line();
        }

        md.Line(Text(item.Summary));
        md.Line();
        if (item is Instrument { Editions.Count: > 0 } instrument)
        {
            md.Line("Editions:");
            md.Line();
            foreach (var edition in instrument.Editions)
            {
                md.Line($"- **{edition.Date}** — {Text(edition.Label)}: {Text(edition.Summary)} *{DatasetWords.Word(edition.Status)}* {md.Refs(edition.Sources)}");
            }

            md.Line();
        }

        // The item's relations, those of one type and direction together, read from the item: "reports to
        // [Council] [10]", "manages [SAFE] [73]", "served by [HS Convention] [62], [HS Committee] [62]",
        // "[Finance Committee] [10], [Audit Committee] [10] [61] report to it".
        var relations = kb.GetRelations(item.Id);
        if (relations.Count > 0)
        {
            var links = relations.GroupBy(relation => (Outgoing: relation.From == item, relation.Type)).Select(group =>
            {
                var ends = string.Join(", ", group.Select(relation =>
                    $"{Link(group.Key.Outgoing ? relation.To : relation.From)}{(relation.Status == FactStatus.Confirmed ? string.Empty : $" *({DatasetWords.Word(relation.Status)})*")} {md.Refs(relation.Sources)}"));
                return (group.Key.Outgoing, group.Key.Type) switch
                {
                    (true, var type) => $"{MarkdownRelations.Words(type)} {ends}",
                    (false, RelationType.ManagedBy) => $"**manages** {ends}",
                    (false, RelationType.Serves) => $"**served by** {ends}",
                    (false, RelationType.Supports) => $"**supported by** {ends}",
                    (false, var type) => $"{ends} {MarkdownRelations.Words(type, plural: group.Count() > 1)} it",
                };
            });
            md.Line("*Links:* " + string.Join("; ", links));
            md.Line();
        }

        if (item.Aliases.Count > 0)
        {
            md.Line($"*Also called:* {string.Join("; ", item.Aliases.Select(Text))}");
            md.Line();
        }

        if (item.StatusNote is not null)
        {
            md.Line($"> **Status note:** {Text(item.StatusNote)}");
            md.Line();
        }

        md.Line("Sources: " + string.Join("; ", item.Sources.Select(source => $"[\\[{md.Number(source)}\\] {Text(source.Title)}](#{source.Id})")));
        md.Line();
    }

    // A detail's text, with the items it names as links.
    private static string DetailText(ItemDetail detail) => detail.Items is { Count: > 0 } items
        ? string.Join(", ", items.Select(Link))
        : Text(detail.Text!);
}
