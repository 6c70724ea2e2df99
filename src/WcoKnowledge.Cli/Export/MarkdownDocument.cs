using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WcoKnowledge.Cli.Output;
using static WcoKnowledge.Cli.Export.MarkdownExporter;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// The Markdown export's outline: the title and contents, the organization, the sections after it in reading order
/// (bodies by group, plans with their objectives, the relations), and the source list at the end.
/// </summary>
internal sealed class MarkdownDocument(IWcoKnowledgeBase kb, MarkdownWriter md)
{
    // What a plan's section leaves out of its objectives: the plan is the section they stand in, the label their heading.
    private static readonly HashSet<string> _shownByPlan = new(System.StringComparer.Ordinal) { "plan edition", "label", "plan" };

    private readonly MarkdownItems _items = new(kb, md);

    public void Write()
    {
        var o = kb.Organization;
        md.Line($"# {Text(o.Title)} ({Text(o.Abbreviation)})");
        md.Line();
        md.Line($"The WCO knowledge base as a document: dataset {kb.DataVersion}, facts as of {kb.AsOf}, "
            + $"{kb.Items.Count} items and {kb.Sources.Count} sources. Every item and figure names its sources, listed "
            + "in full [at the end](#sources). A status says how well a fact is supported: *confirmed* (a WCO page or "
            + "treaty text states it), *secondary* (only a third-party page does), *inferred* (reasoned from sources "
            + "that do not say it outright) or *unconfirmed* (no source found).");
        md.Line();
        var sections = Sections().ToList();
        md.Line("## Contents");
        md.Line();
        md.Line("- [The organization](#the-organization)");
        foreach (var section in sections)
        {
            md.Line($"- [{Text(section.Heading)}](#{Anchor(section.Heading)}) ({section.Count})");
        }

        md.Line($"- [Sources](#sources) ({kb.Sources.Count})");
        md.Line();
        new MarkdownOrganization(kb, md, _items).Write();
        foreach (var section in sections)
        {
            md.Line($"## {Text(section.Heading)}");
            md.Line();
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
            return items.Count == 0 ? null : (Names.Heading(kind), Count(items.Count), () => _items.Items(items, "###"));
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
            yield return (Names.Heading(KnowledgeKind.Objective), Count(unplanned.Count), () => _items.Items(unplanned, "###"));
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
            yield return ("Relations", Count(kb.Relations.Count), new MarkdownRelations(kb, md).Write);
        }
    }

    private static string Count(int count, string? noun = null) =>
        noun is null ? count.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    // GitHub's heading anchors: lowercase, spaces to hyphens, punctuation dropped.
    private static string Anchor(string heading) => new(heading.ToLowerInvariant()
        .Select(c => c == ' ' ? '-' : c)
        .Where(c => char.IsLetterOrDigit(c) || c is '-' or '_')
        .ToArray());

    // The bodies outside the WCO's groups first, then each group in the order it first appears.
    private void Bodies(IReadOnlyList<GovernanceBody> bodies)
    {
        var groups = bodies.Where(body => body.Group is not null).GroupBy(body => body.Group!).ToList();
        if (groups.Count == 0)
        {
            _items.Items(bodies, "###");
            return;
        }

        md.Line($"The WCO groups its working bodies by field on its working-bodies page; {Count(groups.Count, "group")} "
            + "follow the bodies that stand outside them. Each body's links (which body it reports to, which instruments "
            + "it manages) are listed with it, and all links together under [Relations](#relations).");
        md.Line();
        var outside = bodies.Where(body => body.Group is null).ToList();
        if (outside.Count > 0)
        {
            md.Line("### Council, Secretariat and bodies outside the groups");
            md.Line();
            _items.Items(outside, "####");
        }

        foreach (var group in groups)
        {
            md.Line($"### {Text(group.Key)}");
            md.Line();
            _items.Items(group, "####");
        }
    }

    // Each plan edition, then its objectives under it.
    private void Plans()
    {
        foreach (var plan in kb.StrategicPlans)
        {
            _items.Item(plan, "###");
            if (plan.Objectives.Count == 0)
            {
                md.Line("*Objectives:* none recorded; the sources do not list this edition's objectives.");
                md.Line();
                continue;
            }

            md.Line($"*Objectives ({plan.Objectives.Count}):*");
            md.Line();
            foreach (var objective in plan.Objectives)
            {
                md.Line($"- {Text(ItemDetails.Marker(objective).TrimEnd('.'))}: {Link(objective)}");
            }

            md.Line();
            foreach (var objective in plan.Objectives)
            {
                _items.Item(objective, "####", skip: _shownByPlan);
            }
        }
    }

    // Every source, numbered as its citations are, with its address.
    private void Sources()
    {
        md.Line("## Sources");
        md.Line();
        foreach (var source in kb.Sources)
        {
            var date = source.AsOf?.ToString() ?? "undated";
            md.Line($"{md.Number(source)}. <a id=\"{source.Id}\"></a>**{Text(source.Title)}**. {Text(source.Publisher)}, {date}. <{source.Url}>  ");
            var note = source.Note is null ? string.Empty : " " + Text(source.Note);
            md.Line($"   `{source.Id}` · {DatasetWords.Describe(source.Kind)}.{note}");
        }
    }
}
