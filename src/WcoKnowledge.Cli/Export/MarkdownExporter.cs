using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format markdown</c>: the whole knowledge base as a document to read (CommonMark with GitHub
/// tables): the organization and its dated facts, then every kind of item, each item with its id, status,
/// aliases, summary and sources, and at the end every source with its address. Citations link to the source
/// list by the source id (HTML anchors), so they work on GitHub and in any Markdown-to-HTML converter.
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
            Line("## Contents");
            Line();
            Line("- [The organization](#the-organization)");
            foreach (var kind in ItemKinds())
            {
                Line($"- [{Text(Names.Heading(kind))}](#{Anchor(Names.Heading(kind))}) ({kb.GetItems(kind).Count})");
            }

            Line($"- [Sources](#sources) ({kb.Sources.Count})");
            Line();
            Organization(o);
            foreach (var kind in ItemKinds())
            {
                Line($"## {Text(Names.Heading(kind))}");
                Line();
                foreach (var item in kb.GetItems(kind))
                {
                    Item(item, "###");
                }
            }

            Sources();
        }

        // Every kind but the organization, which has a section of its own.
        private IEnumerable<KnowledgeKind> ItemKinds() =>
            KnowledgeKinds.All.Where(kind => kind != KnowledgeKind.Organization && kb.GetItems(kind).Count > 0);

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

        private void Item(IKnowledgeItem item, string? heading)
        {
            if (heading is not null)
            {
                var number = ItemDetails.NumberOf(item) is { } n ? n.ToString(CultureInfo.InvariantCulture) + ". " : string.Empty;
                Line($"{heading} {number}{Text(item.Title)}");
                Line();
            }

            var facts = new List<string> { $"`{item.Id}`", $"status: *{Names.Json(item.Status)}*" };
            facts.AddRange(ItemDetails.Of(item).Where(detail => detail.JsonName != "number").Select(detail => $"{detail.Label}: {Text(detail.Text)}"));
            Line(string.Join(" · ", facts));
            Line();
            Line(Text(item.Summary));
            Line();
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
