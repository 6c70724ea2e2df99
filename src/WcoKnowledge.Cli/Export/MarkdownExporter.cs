using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WcoKnowledge.Cli.Output;

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
internal static class MarkdownExporter
{
    public static string Write(IWcoKnowledgeBase kb)
    {
        var md = new Document(kb);
        md.Write();
        return md.ToString();
    }

    private sealed class Document(IWcoKnowledgeBase kb)
    {
        // A detail longer than this gets a paragraph of its own.
        private const int InlineDetail = 100;

        // Details that together are longer than this are listed one per line instead of following the id on its line,
        // where a long line would wrap and break a date at its hyphens.
        private const int InlineDetails = 60;

        // An instrument's topics and managing bodies are the ends of its relations, which its "Links" line gives with their sources.
        private static readonly HashSet<string> _shownAsLinks = new(System.StringComparer.Ordinal) { "topics", "managedBy" };

        // What a plan's section leaves out of its objectives: the plan is the section they stand in, the label their heading.
        private static readonly HashSet<string> _shownByPlan = new(System.StringComparer.Ordinal) { "planEdition", "label", "plan" };

        private readonly StringBuilder _md = new();
        private readonly Dictionary<Source, int> _numbers = kb.Sources.Select((source, i) => (source, i)).ToDictionary(p => p.source, p => p.i + 1);

        public override string ToString() => _md.ToString();

        public void Write()
        {
            var o = kb.Organization;
            Line($"# {Text(o.Title)} ({Text(o.Abbreviation)})");
            Line();
            Line($"The WCO knowledge base as a document: dataset {kb.DataVersion}, facts as of {kb.AsOf}, "
                + $"{kb.Items.Count} items and {kb.Sources.Count} sources. Every item and figure names its sources, listed "
                + "in full [at the end](#sources). A status says how well a fact is supported: *confirmed* (a WCO page or "
                + "treaty text states it), *secondary* (only a third-party page does), *inferred* (reasoned from sources "
                + "that do not say it outright) or *unconfirmed* (no source found).");
            Line();
            var sections = Sections().ToList();
            Line("## Contents");
            Line();
            Line("- [The organization](#the-organization)");
            foreach (var section in sections)
            {
                Line($"- [{Text(section.Heading)}](#{Anchor(section.Heading)}) ({section.Count})");
            }

            Line($"- [Sources](#sources) ({kb.Sources.Count})");
            Line();
            Organization(o);
            foreach (var section in sections)
            {
                Line($"## {Text(section.Heading)}");
                Line();
                section.Write();
            }

            Sources();
        }

        // The sections after the organization's, in reading order; kinds this exporter has no section for (kinds a
        // later library adds) get a plain one before the relations.
        private IEnumerable<(string Heading, string Count, System.Action Write)> Sections()
        {
            var done = new HashSet<KnowledgeKind> { KnowledgeKind.Organization };
            (string, string, System.Action)? Plain(KnowledgeKind kind)
            {
                done.Add(kind);
                var items = kb.GetItems(kind);
                return items.Count == 0 ? null : (Names.Heading(kind), Count(items.Count), () => Items(items, "###"));
            }

            var plain = new[] { KnowledgeKind.Vision, KnowledgeKind.Mission, KnowledgeKind.Value };
            foreach (var kind in plain)
            {
                if (Plain(kind) is { } section)
                {
                    yield return section;
                }
            }

            done.Add(KnowledgeKind.GovernanceBody);
            var bodies = kb.GetItems(KnowledgeKind.GovernanceBody);
            if (bodies.Count > 0)
            {
                yield return ("Governing and working bodies", Count(bodies.Count), () => Bodies(bodies.Cast<GovernanceBody>().ToList()));
            }

            foreach (var kind in new[] { KnowledgeKind.SecretaryGeneral, KnowledgeKind.Region, KnowledgeKind.Role, KnowledgeKind.Topic })
            {
                if (Plain(kind) is { } section)
                {
                    yield return section;
                }
            }

            if (Plain(KnowledgeKind.Instrument) is { } instruments)
            {
                yield return instruments;
            }

            // Plans with their objectives; objectives no plan lists (format 1 datasets have no plans) on their own.
            done.Add(KnowledgeKind.StrategicPlan);
            done.Add(KnowledgeKind.Objective);
            if (kb.StrategicPlans.Count > 0)
            {
                var listed = kb.StrategicPlans.Sum(plan => plan.Objectives.Count);
                yield return ("Strategic plans and their objectives", $"{Count(kb.StrategicPlans.Count, "plan")}, {Count(listed, "objective")}", Plans);
            }

            var unplanned = kb.GetItems(KnowledgeKind.Objective).Where(item => !kb.StrategicPlans.Any(plan => plan.Objectives.Contains(item))).ToList();
            if (unplanned.Count > 0)
            {
                yield return (Names.Heading(KnowledgeKind.Objective), Count(unplanned.Count), () => Items(unplanned, "###"));
            }

            foreach (var kind in new[] { KnowledgeKind.Strategy, KnowledgeKind.Pillar })
            {
                if (Plain(kind) is { } section)
                {
                    yield return section;
                }
            }

            foreach (var kind in KnowledgeKinds.All.Where(kind => !done.Contains(kind)).ToList())
            {
                if (Plain(kind) is { } section)
                {
                    yield return section;
                }
            }

            if (kb.Relations.Count > 0)
            {
                yield return ("Relations", Count(kb.Relations.Count), Relations);
            }
        }

        private static string Count(int count, string? noun = null) =>
            noun is null ? count.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

        private void Organization(Organization o)
        {
            Line("## The organization");
            Line();
            Item(o, heading: null);
            Line("### Facts");
            Line();
            var convention = o.EstablishingConvention;
            Fact("Working name", $"{o.Title} ({o.Abbreviation}), adopted {o.WorkingNameAdopted.Date}", o.WorkingNameAdopted.Status, o.WorkingNameAdopted.Sources);
            Fact("Legal name", $"{o.LegalName} ({o.LegalAbbreviation})", o.Status, o.Sources);
            Fact("French names", $"{o.FrenchName} ({o.FrenchAbbreviation}); {o.FrenchLegalName} ({o.FrenchLegalAbbreviation})", o.Status, o.Sources);
            Fact("Founding convention", $"{convention.Title}, signed in {convention.Place} on {convention.SignedOn}, in force {convention.InForceOn}", convention.Status, convention.Sources);
            Fact("First Council session", $"{o.FirstCouncilSession.Date}, celebrated as International Customs Day", o.FirstCouncilSession.Status, o.FirstCouncilSession.Sources);
            Fact("Headquarters", $"{o.Headquarters.Address}, {o.Headquarters.Country}", o.Headquarters.Status, o.Headquarters.Sources);
            Fact("Official languages", $"{string.Join(", ", o.OfficialLanguages.Languages)} (stated {o.OfficialLanguages.AsOf})", o.OfficialLanguages.Status, o.OfficialLanguages.Sources);
            Fact("Members", o.CurrentMembership.ToString(), o.CurrentMembership.Status, o.CurrentMembership.Sources);
            Fact("Share of world trade", o.WorldTradeShare.ToString(), o.WorldTradeShare.Status, o.WorldTradeShare.Sources);
            if (o.SecretariatStaff.Count > 0)
            {
                Fact("Secretariat staff", o.SecretariatStaff[^1].ToString(), o.SecretariatStaff[^1].Status, o.SecretariatStaff[^1].Sources);
            }

            if (Knowledge.Overview.CurrentSecretaryGeneral(kb) is { } leader)
            {
                Fact("Secretary General", $"{leader.Title} ({leader.Country}), {ItemDetails.Term(leader)}", leader.Status, leader.Sources);
            }

            Line();
            Series("Members over time", o.Membership);
            Series("Secretariat staff over time", o.SecretariatStaff);
            Line("### History");
            Line();
            foreach (var milestone in o.History)
            {
                Line($"- **{milestone.Date}**: **{Text(milestone.Title)}.** {Text(milestone.Summary)} *{Names.Json(milestone.Status)}* {Refs(milestone.Sources)}");
            }

            Line();
        }

        // A dated series as a table of short columns (so that dates never wrap), its notes listed beneath.
        private void Series(string heading, IReadOnlyList<DatedFigure> figures)
        {
            Line($"### {heading}");
            Line();
            Line("| Date | Figure | Status | Sources |");
            Line("|---|---|---|---|");
            foreach (var figure in figures)
            {
                Line($"| {figure.AsOf} | {Cell(FigureText.WithoutDate(figure))} | {Names.Json(figure.Status)} | {Refs(figure.Sources)} |");
            }

            Line();
            var notes = figures.Where(figure => figure.Note is not null).ToList();
            if (notes.Count > 0)
            {
                Line("Notes:");
                Line();
                foreach (var figure in notes)
                {
                    Line($"- **{figure.AsOf}**: {Text(figure.Note!)}");
                }

                Line();
            }
        }

        private void Items(IEnumerable<IKnowledgeItem> items, string heading)
        {
            foreach (var item in items)
            {
                Item(item, heading);
            }
        }

        // The bodies outside the WCO's groups first, then each group in the order it first appears.
        private void Bodies(IReadOnlyList<GovernanceBody> bodies)
        {
            var groups = bodies.Where(body => body.Group is not null).GroupBy(body => body.Group!).ToList();
            if (groups.Count == 0)
            {
                Items(bodies, "###");
                return;
            }

            Line($"The WCO groups its working bodies by field on its working-bodies page; {Count(groups.Count, "group")} "
                + "follow the bodies that stand outside them. Each body's links (which body it reports to, which instruments "
                + "it manages) are listed with it, and all links together under [Relations](#relations).");
            Line();
            var outside = bodies.Where(body => body.Group is null).ToList();
            if (outside.Count > 0)
            {
                Line("### Council, Secretariat and bodies outside the groups");
                Line();
                Items(outside, "####");
            }

            foreach (var group in groups)
            {
                Line($"### {Text(group.Key)}");
                Line();
                Items(group, "####");
            }
        }

        // Each plan edition, then its objectives under it.
        private void Plans()
        {
            foreach (var plan in kb.StrategicPlans)
            {
                Item(plan, "###");
                if (plan.Objectives.Count == 0)
                {
                    Line("*Objectives:* none recorded; the sources do not list this edition's objectives.");
                    Line();
                    continue;
                }

                Line($"*Objectives ({plan.Objectives.Count}):*");
                Line();
                foreach (var objective in plan.Objectives)
                {
                    Line($"- {Text(ItemDetails.Marker(objective).TrimEnd('.'))}: {Link(objective)}");
                }

                Line();
                foreach (var objective in plan.Objectives)
                {
                    Item(objective, "####", skip: _shownByPlan);
                }
            }
        }

        // The relations by type, each with both ends linked, its note, status and sources.
        private void Relations()
        {
            Line("Links between items, each recorded only where a source states or shows it.");
            Line();
            foreach (var group in kb.Relations.GroupBy(relation => relation.Type).OrderBy(group => group.Key))
            {
                Line($"### {RelationHeading(group.Key)}");
                Line();
                foreach (var relation in group)
                {
                    var note = relation.Note is null ? string.Empty : $": {Text(relation.Note)}";
                    Line($"- {Link(relation.From)} {RelationWords(relation.Type)} {Link(relation.To)}{note} *{Names.Json(relation.Status)}* {Refs(relation.Sources)}");
                }

                Line();
            }
        }

        private static string RelationHeading(RelationType type) => type switch
        {
            RelationType.Serves => "Serves: the topics instruments and bodies serve",
            RelationType.ManagedBy => "Managed by: the bodies that manage instruments",
            RelationType.ReportsTo => "Reports to: the bodies others report to",
            RelationType.Supports => "Supports: roles, building blocks and strategies supported",
            _ => Names.Capitalize(Names.Json(type)),
        };

        private static string RelationWords(RelationType type, bool plural = false) => type switch
        {
            RelationType.ManagedBy => plural ? "**are managed by**" : "**is managed by**",
            RelationType.ReportsTo => plural ? "**report to**" : "**reports to**",
            RelationType.Serves => plural ? "**serve**" : "**serves**",
            RelationType.Supports => plural ? "**support**" : "**supports**",
            _ => $"**{Names.Json(type)}**",
        };

        private static string Link(IKnowledgeItem item) => $"[{Text(item.Title)}](#{item.Id})";

        private void Item(IKnowledgeItem item, string? heading, IReadOnlySet<string>? skip = null)
        {
            if (heading is not null)
            {
                var marker = item switch
                {
                    Objective { Label: { } label } => Text(label) + ": ",
                    _ when ItemDetails.NumberOf(item) is { } n => n.ToString(CultureInfo.InvariantCulture) + ". ",
                    _ => string.Empty,
                };
                Line($"{heading} {marker}{Text(item.Title)}");
                Line();
            }

            var details = ItemDetails.ForHuman(item)
                .Where(detail => detail.JsonName != "number" && skip?.Contains(detail.JsonName) != true && !_shownAsLinks.Contains(detail.JsonName))
                .ToList();
            var shortDetails = details.Where(detail => detail.Text!.Length <= InlineDetail).ToList();
            var inline = shortDetails.Sum(detail => detail.Label!.Length + detail.Text!.Length + 5) <= InlineDetails;
            var facts = new List<string> { $"<a id=\"{item.Id}\"></a>`{item.Id}`", $"status: *{Names.Json(item.Status)}*" };
            if (inline)
            {
                facts.AddRange(shortDetails.Select(detail => $"{detail.Label}: {DetailText(detail)}"));
            }

            Line(string.Join(" · ", facts));
            Line();
            if (!inline)
            {
                foreach (var detail in shortDetails)
                {
                    Line($"- {Names.Capitalize(detail.Label!)}: {DetailText(detail)}");
                }

                Line();
            }

            foreach (var detail in details.Where(detail => detail.Text!.Length > InlineDetail))
            {
                Line($"*{Names.Capitalize(detail.Label!)}:* {DetailText(detail)}");
                Line();
            }

            Line(Text(item.Summary));
            Line();
            if (item is Instrument { Editions.Count: > 0 } instrument)
            {
                Line("Editions:");
                Line();
                foreach (var edition in instrument.Editions)
                {
                    Line($"- **{edition.Date}** — {Text(edition.Label)}: {Text(edition.Summary)} *{Names.Json(edition.Status)}* {Refs(edition.Sources)}");
                }

                Line();
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
                        $"{Link(group.Key.Outgoing ? relation.To : relation.From)}{(relation.Status == FactStatus.Confirmed ? string.Empty : $" *({Names.Json(relation.Status)})*")} {Refs(relation.Sources)}"));
                    return (group.Key.Outgoing, group.Key.Type) switch
                    {
                        (true, var type) => $"{RelationWords(type)} {ends}",
                        (false, RelationType.ManagedBy) => $"**manages** {ends}",
                        (false, RelationType.Serves) => $"**served by** {ends}",
                        (false, RelationType.Supports) => $"**supported by** {ends}",
                        (false, var type) => $"{ends} {RelationWords(type, plural: group.Count() > 1)} it",
                    };
                });
                Line("*Links:* " + string.Join("; ", links));
                Line();
            }

            if (item.Aliases.Count > 0)
            {
                Line($"*Also called:* {string.Join("; ", item.Aliases.Select(Text))}");
                Line();
            }

            if (item.StatusNote is not null)
            {
                Line($"> **Status note:** {Text(item.StatusNote)}");
                Line();
            }

            Line("Sources: " + string.Join("; ", item.Sources.Select(source => $"[\\[{_numbers[source]}\\] {Text(source.Title)}](#{source.Id})")));
            Line();
        }

        // A detail's text, with the items it names as links.
        private static string DetailText(ItemDetail detail) => detail.Items is { Count: > 0 } items
            ? string.Join(", ", items.Select(Link))
            : Text(detail.Text!);

        private void Sources()
        {
            Line("## Sources");
            Line();
            foreach (var source in kb.Sources)
            {
                var date = source.AsOf?.ToString() ?? "undated";
                Line($"{_numbers[source]}. <a id=\"{source.Id}\"></a>**{Text(source.Title)}**. {Text(source.Publisher)}, {date}. <{source.Url}>  ");
                var note = source.Note is null ? string.Empty : " " + Text(source.Note);
                Line($"   `{source.Id}` · {Names.Describe(source.Kind)}.{note}");
            }
        }

        private void Fact(string fact, string value, FactStatus status, IReadOnlyList<Source> sources) =>
            Line($"- **{fact}:** {Text(value)} *{Names.Json(status)}* {Refs(sources)}");

        private string Refs(IEnumerable<Source> sources) => string.Join(" ", sources.Select(Ref));

        private string Ref(Source source) => $"[\\[{_numbers[source]}\\]](#{source.Id})";

        private void Line(string text = "") => _md.Append(text).Append('\n');
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

    // A table cell: escaped text on one line.
    private static string Cell(string text) => Text(text.Replace('\n', ' ').Replace('\r', ' '));

    // GitHub's heading anchors: lowercase, spaces to hyphens, punctuation dropped.
    private static string Anchor(string heading) => new(heading.ToLowerInvariant()
        .Select(c => c == ' ' ? '-' : c)
        .Where(c => char.IsLetterOrDigit(c) || c is '-' or '_')
        .ToArray());
}
