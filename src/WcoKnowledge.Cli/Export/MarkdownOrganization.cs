using System.Collections.Generic;
using System.Linq;
using WcoKnowledge.Cli.Output;
using static WcoKnowledge.Cli.Export.MarkdownExporter;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// The Markdown export's first section: the organization's entry, its facts one per line, its dated series as
/// tables, and its history.
/// </summary>
internal sealed class MarkdownOrganization(IWcoKnowledgeBase kb, MarkdownWriter md, MarkdownItems items)
{
    public void Write()
    {
        var o = kb.Organization;
        md.Line("## The organization");
        md.Line();
        items.Item(o, heading: null);
        md.Line("### Facts");
        md.Line();
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
        // The figures and the Secretary General on the dataset's own date, by the library's rules for dates.
        if (kb.SecretariatStaffOn(kb.AsOf).Figure is { } staff)
        {
            Fact("Secretariat staff", staff.ToString(), staff.Status, staff.Sources);
        }

        if (kb.SecretaryGeneralOn(kb.AsOf) is { } leader)
        {
            Fact("Secretary General", $"{leader.Title} ({leader.Country}), {ItemDetails.Term(leader)}", leader.Status, leader.Sources);
        }

        md.Line();
        Series("Members over time", o.Membership);
        Series("Secretariat staff over time", o.SecretariatStaff);
        md.Line("### History");
        md.Line();
        foreach (var milestone in o.History)
        {
            md.Line($"- **{milestone.Date}**: **{Text(milestone.Title)}.** {Text(milestone.Summary)} *{DatasetWords.Word(milestone.Status)}* {md.Refs(milestone.Sources)}");
        }

        md.Line();
    }

    // A dated series as a table of short columns (so that dates never wrap), its notes listed beneath.
    private void Series(string heading, IReadOnlyList<DatedFigure> figures)
    {
        md.Line($"### {heading}");
        md.Line();
        // The figure's own text carries its date ("174 members (2009)"), so the table has no date column of its own.
        md.Line("| Figure | Status | Sources |");
        md.Line("|---|---|---|");
        foreach (var figure in figures)
        {
            md.Line($"| {Cell(figure.ToString())} | {DatasetWords.Word(figure.Status)} | {md.Refs(figure.Sources)} |");
        }

        md.Line();
        var notes = figures.Where(figure => figure.Note is not null).ToList();
        if (notes.Count > 0)
        {
            md.Line("Notes:");
            md.Line();
            foreach (var figure in notes)
            {
                md.Line($"- **{figure.AsOf}**: {Text(figure.Note!)}");
            }

            md.Line();
        }
    }

    private void Fact(string fact, string value, FactStatus status, IReadOnlyList<Source> sources) =>
        md.Line($"- **{fact}:** {Text(value)} *{DatasetWords.Word(status)}* {md.Refs(sources)}");

    // A table cell: escaped text on one line.
    private static string Cell(string text) => Text(text.Replace('\n', ' ').Replace('\r', ' '));
}
