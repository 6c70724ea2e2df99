using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WcoKnowledge;

namespace WcoKnowledge.Samples.Console;

/// <summary>
/// Writes knowledge-base content as plain text that reads well at 80 columns, with item titles in
/// <paramref name="language"/> where the knowledge base has them (<see cref="IKnowledgeItem.TitleIn"/>), in English otherwise.
/// </summary>
internal sealed class Printer(TextWriter output, string language = LanguageTags.English)
{
    public void Overview(IWcoKnowledgeBase kb)
    {
        var o = kb.Organization;
        output.WriteLine($"{o.Title} ({o.Abbreviation}) - data {kb.DataVersion}, as of {kb.AsOf}");
        output.WriteLine($"  Legal name:      {o.LegalName} ({o.LegalAbbreviation}); French: {o.FrenchName} ({o.FrenchAbbreviation})");
        var convention = o.EstablishingConvention;
        output.WriteLine($"  Founded:         convention signed in {convention.Place} on {convention.SignedOn}, in force {convention.InForceOn}");
        output.WriteLine($"  First Council:   {o.FirstCouncilSession.Date} (International Customs Day)");
        output.WriteLine($"  Working name:    adopted {o.WorkingNameAdopted.Date}");
        output.WriteLine($"  Headquarters:    {o.Headquarters.Address}");
        output.WriteLine($"  Languages:       {string.Join(", ", o.OfficialLanguages.Languages)}");
        output.WriteLine($"  Members:         {o.CurrentMembership} [{o.CurrentMembership.Status}]");
        output.WriteLine($"  World trade:     {o.WorldTradeShare} [{o.WorldTradeShare.Status}]");
        var staff = o.SecretariatStaff.Last(f => f.Status == FactStatus.Confirmed);
        output.WriteLine($"  Secretariat:     {staff} [{staff.Status}]");
        foreach (var sg in kb.SecretariesGeneral.Where(s => s.InOffice))
        {
            output.WriteLine($"  Secretary General: {Title(sg)} ({sg.Country}), since {sg.TermStart}");
        }

        output.WriteLine("  Mission:");
        Wrapped(o.CurrentMission.Summary, "    ");
        Section("Main roles of Customs", kb.Roles);
        Section("Strategic objectives", kb.Objectives);
        Section($"Building blocks of Customs in the 21st Century ({kb.CustomsIn21stCentury.Adopted})", kb.Pillars);
        if (kb.Instruments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Instruments");
            foreach (var instrument in kb.Instruments)
            {
                var name = instrument.Aliases.Count > 0 ? instrument.Aliases[0] : instrument.Title;
                var adopted = instrument.AdoptedOn is { } on ? $"adopted {on}" : "undated";
                var inForce = instrument.InForce switch
                {
                    InForceStatus.InForce => $", in force {instrument.InForceOn}",
                    InForceStatus.NotInForce => instrument.InForceOn is { } due ? $", in force from {due}" : ", not in force",
                    InForceStatus.NotBinding => ", non-binding",
                    _ => string.Empty,
                };
                output.WriteLine($"  - {name}: {adopted}{inForce}");
            }
        }

        if (kb.Regions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Regions: " + string.Join(", ", kb.Regions.Select(r => r.Abbreviation)));
        }
        output.WriteLine();
        output.WriteLine("Next: 'show <id>' for one item with its sources, 'list <kind>' for a kind, 'search <text>' to find items.");
    }

    public void Item(IKnowledgeItem item)
    {
        var title = item.TitleIn(language);
        // A translated title is followed by the English one; an English title in a non-English listing says so.
        output.WriteLine(title.Translation is not null ? $"{title.Text} [{item.Title}]" : title.IsFallback ? $"{title.Text} (no {language} title)" : title.Text);
        output.WriteLine($"  id:      {item.Id} ({KnowledgeKinds.DisplayName(item.Kind)})");
        output.WriteLine($"  status:  {item.Status}{(item.StatusNote is null ? string.Empty : " - " + item.StatusNote)}");
        if (item.Aliases.Count > 0)
        {
            output.WriteLine($"  aliases: {string.Join("; ", item.Aliases)}");
        }

        output.WriteLine();
        Wrapped(item.Summary, "  ");
        output.WriteLine();
        output.WriteLine("  Sources:");
        foreach (var source in item.Sources)
        {
            output.WriteLine($"  - {source.Title} ({source.Publisher}, {source.AsOf?.ToString() ?? "undated"})");
            output.WriteLine($"    {source.Url}");
        }
    }

    public void List(IReadOnlyList<IKnowledgeItem> items)
    {
        foreach (var item in items)
        {
            output.WriteLine($"{item.Id,-48} {Title(item)}");
        }
    }

    public void Hits(IReadOnlyList<SearchHit> hits)
    {
        foreach (var hit in hits)
        {
            output.WriteLine($"{hit.Score,5:0.00}  {KnowledgeKinds.DisplayName(hit.Kind),-10} {hit.Item.Id}");
            output.WriteLine($"       {Title(hit.Item)}");
            var why = hit.MatchedText.Length > 60 ? string.Concat(hit.MatchedText.AsSpan(0, 57), "...") : hit.MatchedText;
            output.WriteLine($"       matched {hit.Field.ToString().ToLowerInvariant()}: \"{why}\"");
        }
    }

    // The item's title in the language asked for, or its English title when it has none in that language.
    private string Title(IKnowledgeItem item) => item.TitleIn(language).Text;

    // Word-wraps text to 80 columns so that summaries read well in a plain terminal.
    private void Wrapped(string text, string indent)
    {
        var line = indent;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > 80)
            {
                output.WriteLine(line);
                line = indent;
            }

            line += line.Length > indent.Length ? " " + word : word;
        }

        output.WriteLine(line);
    }

    private void Section(string heading, IEnumerable<IKnowledgeItem> items)
    {
        output.WriteLine();
        output.WriteLine(heading);
        var n = 1;
        foreach (var item in items)
        {
            var mark = item.Status is FactStatus.Unconfirmed or FactStatus.Inferred ? $" [{item.Status}]" : string.Empty;
            output.WriteLine($"  {n++,2}. {Title(item)}{mark}");
        }
    }
}
