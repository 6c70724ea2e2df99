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
            var convention = o.EstablishingConvention;
            Line("| Fact | Value | Date | Status | Sources |");
            Line("|---|---|---|---|---|");
            Row("Working name", $"{o.Title} ({o.Abbreviation})", o.WorkingNameAdopted.Date.ToString(), o.WorkingNameAdopted.Status, o.WorkingNameAdopted.Sources);
            Row("Legal name", $"{o.LegalName} ({o.LegalAbbreviation})", string.Empty, o.Status, o.Sources);
            Row("French names", $"{o.FrenchName} ({o.FrenchAbbreviation}); {o.FrenchLegalName} ({o.FrenchLegalAbbreviation})", string.Empty, o.Status, o.Sources);
            Row("Founding convention", $"{convention.Title}, signed in {convention.Place}", convention.SignedOn.ToString(), convention.Status, convention.Sources);
            Row("Convention in force", string.Empty, convention.InForceOn.ToString(), convention.Status, convention.Sources);
            Row("First Council session", "International Customs Day", o.FirstCouncilSession.Date.ToString(), o.FirstCouncilSession.Status, o.FirstCouncilSession.Sources);
            Row("Headquarters", $"{o.Headquarters.Address}, {o.Headquarters.Country}", string.Empty, o.Headquarters.Status, o.Headquarters.Sources);
            Row("Official languages", string.Join(", ", o.OfficialLanguages.Languages), o.OfficialLanguages.AsOf.ToString(), o.OfficialLanguages.Status, o.OfficialLanguages.Sources);
            FigureRow("Members", o.CurrentMembership);
            FigureRow("Share of world trade", o.WorldTradeShare);
            if (o.SecretariatStaff.Count > 0)
            {
                FigureRow("Secretariat staff", o.SecretariatStaff[^1]);
            }

            Line();
            Series("Members over time", o.Membership);
            Series("Secretariat staff over time", o.SecretariatStaff);
            Line("### History");
            Line();
            Line("| Date | Event | Status | Sources |");
            Line("|---|---|---|---|");
            foreach (var milestone in o.History)
            {
                Line($"| {milestone.Date} | **{Cell(milestone.Title)}.** {Cell(milestone.Summary)} | {Names.Json(milestone.Status)} | {Refs(milestone.Sources)} |");
            }

            Line();
        }

        private void Series(string heading, IReadOnlyList<DatedFigure> figures)
        {
            Line($"### {heading}");
            Line();
            Line("| Date | Figure | Status | Note | Sources |");
            Line("|---|---|---|---|---|");
            foreach (var figure in figures)
            {
                Line($"| {figure.AsOf} | {Cell(FigureText.WithoutDate(figure))} | {Names.Json(figure.Status)} | {Cell(figure.Note ?? string.Empty)} | {Refs(figure.Sources)} |");
            }

            Line();
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
            if (item.StatusNote is not null)
            {
                Line($"> {Text(item.StatusNote)}");
                Line();
            }

            if (item.Aliases.Count > 0)
            {
                Line($"*Also called:* {string.Join("; ", item.Aliases.Select(Text))}");
                Line();
            }

            Line(Text(item.Summary));
            Line();
            Line("Sources: " + string.Join("; ", item.Sources.Select(source => $"[{Text(source.Title)}](#{source.Id}) {Ref(source)}")));
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
                Line($"   `{source.Id}` · {Names.Json(source.Kind)}.{note}");
            }
        }

        private void Row(string fact, string value, string date, FactStatus status, IReadOnlyList<Source> sources) =>
            Line($"| {fact} | {Cell(value)} | {date} | {Names.Json(status)} | {Refs(sources)} |");

        private void FigureRow(string fact, DatedFigure figure) =>
            Row(fact, FigureText.WithoutDate(figure), figure.AsOf.ToString(), figure.Status, figure.Sources);

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
