using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace WcoKnowledge.Cli.Output;

/// <summary>
/// Writes what people read: plain text laid out for 80 columns (<see cref="TextLayout"/>), coloured by
/// <see cref="Style"/> only when that is on. Every human-readable view of the tool is here; commands decide what
/// to show, this class decides how it looks.
/// </summary>
internal sealed partial class HumanOutput(TextWriter output, Style style)
{
    private const string Indent = "  ";

    // Where field values start: after a 2-space indent and a label of up to 14 characters.
    private const int ValueColumn = 17;

    /// <summary><c>wco</c>: the organization in a few lines, then what the knowledge base holds, by kind.</summary>
    public void Overview(IWcoKnowledgeBase kb)
    {
        var o = kb.Organization;
        Line(style.Heading($"{o.Title} ({o.Abbreviation})"));
        Line(style.Dim($"WCO knowledge base, dataset {kb.DataVersion}, facts as of {kb.AsOf}"));
        Line();
        var convention = o.EstablishingConvention;
        Field("Legal name", $"{o.LegalName} ({o.LegalAbbreviation})");
        Field("French", $"{o.FrenchName} ({o.FrenchAbbreviation})");
        Field("Founded", $"convention signed in {convention.Place} on {convention.SignedOn}, in force {convention.InForceOn}");
        Field("First Council", $"{o.FirstCouncilSession.Date} (International Customs Day)");
        Field("Headquarters", $"{o.Headquarters.Address}, {o.Headquarters.Country}");
        Field("Languages", string.Join(", ", o.OfficialLanguages.Languages));
        Field("Members", Figure(o.CurrentMembership));
        Field("World trade", Figure(o.WorldTradeShare));
        if (o.SecretariatStaff.Count > 0)
        {
            Field("Secretariat", Figure(o.SecretariatStaff[^1]));
        }

        // Format 2: who leads the Secretariat, and how many instruments, regions and plan editions there are.
        if (Knowledge.Overview.CurrentSecretaryGeneral(kb) is { } leader)
        {
            Field("Sec. General", $"{leader.Title} ({leader.Country}), {ItemDetails.Term(leader)}{Mark(leader.Status)}");
        }

        if (kb.Instruments.Count > 0)
        {
            Field("Instruments", $"{kb.Instruments.Count.ToString(CultureInfo.InvariantCulture)} conventions, declarations and standards");
        }

        if (kb.Regions.Count > 0)
        {
            Field("Regions", $"{kb.Regions.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", kb.Regions.Select(region => region.Abbreviation))}");
        }

        if (kb.StrategicPlans.Count > 0)
        {
            var plans = kb.StrategicPlans;
            Field("Strategic plan", $"{Count(plans.Count, "edition")}, {plans[0].Period} to {plans[^1].Period}");
        }

        Line();
        Line(style.Heading("Mission"));
        Wrapped(o.CurrentMission.Summary, Indent);
        Line();
        Kinds(kb, "What the knowledge base holds");
        Line();
        Hint("Try: wco show pillar 8 | wco list pillars | wco search kyoto | wco --help");
    }

    /// <summary>The kinds, each with its count and the titles of its first items, cut to fit one line.</summary>
    public void Kinds(IWcoKnowledgeBase kb, string heading)
    {
        Line(style.Heading(heading));
        var width = KnowledgeKinds.All.Max(kind => Names.Display(kind).Length);
        foreach (var kind in KnowledgeKinds.All)
        {
            var items = kb.GetItems(kind);
            var lead = $"{Indent}{Names.Display(kind).PadRight(width)} {items.Count.ToString(CultureInfo.InvariantCulture),3}  ";
            var titles = string.Join(", ", items.Select(item => item.Title));
            Line(lead + style.Dim(TextLayout.Truncate(titles, TextLayout.Width - lead.Length)));
        }
    }

    /// <summary>
    /// <c>wco show</c>: one item with every member, its summary, its kind's blocks (an instrument's editions, a plan's
    /// objectives), its relations with the titles of their sources, and its own sources in full.
    /// </summary>
    public void Item(IKnowledgeItem item, IReadOnlyList<Relation> relations)
    {
        Heading(item.Title);
        Field("id", style.Id(item.Id), plain: item.Id);
        Field("kind", Names.Display(item.Kind));
        foreach (var detail in ItemDetails.ForHuman(item))
        {
            Field(detail.Label!, detail.Text!);
        }

        Field("status", StatusWord(item.Status), plain: Names.Json(item.Status));
        if (item.StatusNote is not null)
        {
            Field("note", item.StatusNote);
        }

        if (item.Aliases.Count > 0)
        {
            Field("aliases", string.Join("; ", item.Aliases));
        }

        Line();
        Wrapped(item.Summary, Indent);
        if (item is Instrument { Editions.Count: > 0 } instrument)
        {
            Editions(instrument.Editions);
        }

        if (item is StrategicPlan plan)
        {
            PlanObjectives(plan);
        }

        if (relations.Count > 0)
        {
            Line();
            Line(style.Heading($"Relations ({relations.Count.ToString(CultureInfo.InvariantCulture)})"));
            foreach (var relation in relations)
            {
                RelationEntry(relation);
            }
        }

        Line();
        Line(style.Heading("Sources"));
        foreach (var source in item.Sources)
        {
            SourceEntry(source);
        }
    }

    // An instrument's editions: date, label and what changed, its status, and the titles of its sources.
    private void Editions(IReadOnlyList<InstrumentEdition> editions)
    {
        Line();
        Line(style.Heading($"Editions ({editions.Count.ToString(CultureInfo.InvariantCulture)})"));
        var pad = new string(' ', Indent.Length + DateWidth + 2);
        foreach (var edition in editions)
        {
            var lead = $"{Indent}{edition.Date.ToString(),-DateWidth}  ";
            foreach (var line in TextLayout.Wrap($"{edition.Label}: {edition.Summary}{Mark(edition.Status)}", pad, lead))
            {
                Line(line);
            }

            Cited(edition.Sources, pad);
        }
    }

    // A plan's objectives: the plan's label (or number), the title and the id to show it with.
    private void PlanObjectives(StrategicPlan plan)
    {
        Line();
        Line(style.Heading($"Objectives ({plan.Objectives.Count.ToString(CultureInfo.InvariantCulture)})"));
        if (plan.Objectives.Count == 0)
        {
            Line(style.Dim(Indent + "None recorded: the sources do not list this edition's objectives."));
            return;
        }

        var width = plan.Objectives.Max(objective => ItemDetails.Marker(objective).Length);
        foreach (var objective in plan.Objectives)
        {
            var lead = Indent + ItemDetails.Marker(objective).PadRight(width) + "  ";
            var pad = new string(' ', lead.Length);
            foreach (var line in TextLayout.Wrap(objective.Title + Mark(objective.Status), pad, lead))
            {
                Line(line);
            }

            Line(pad + style.Id(objective.Id));
        }
    }

    // A relation: "from type to" with a status mark when it is not confirmed, the titles of its sources, its note.
    private void RelationEntry(Relation relation)
    {
        var ends = new HashSet<string>(System.StringComparer.Ordinal) { relation.From.Id, relation.To.Id };
        var text = $"{relation.From.Id} {Names.Json(relation.Type)} {relation.To.Id}{Mark(relation.Status)}";
        var lines = TextLayout.Wrap(text, Indent + "    ", Indent + "- ");
        foreach (var line in lines)
        {
            // Laid out as plain text, then the ids coloured where they ended up.
            Line(string.Join(' ', line.Split(' ').Select(word => ends.Contains(word) ? style.Id(word) : word)));
        }

        Cited(relation.Sources, Indent + "  ");
        if (relation.Note is not null)
        {
            foreach (var line in TextLayout.Wrap(relation.Note, Indent + "  "))
            {
                Line(style.Dim(line));
            }
        }
    }

    // The titles of the sources of a fact that has no Sources section of its own, in brackets.
    private void Cited(IReadOnlyList<Source> sources, string indent)
    {
        foreach (var line in TextLayout.Wrap("[" + string.Join("; ", sources.Select(source => source.Title)) + "]", indent))
        {
            Line(line);
        }
    }

    /// <summary><c>wco show src-…</c>: one source and the items that cite it.</summary>
    public void Source(Source source, IReadOnlyList<IKnowledgeItem> citedBy, IReadOnlyList<Relation> relations)
    {
        Heading(source.Title);
        Field("id", style.Id(source.Id), plain: source.Id);
        Field("publisher", source.Publisher);
        Field("kind", Names.Describe(source.Kind));
        Field("dated", source.AsOf?.ToString() ?? "undated");
        Field("url", style.Dim(source.Url), plain: source.Url);
        if (source.Note is not null)
        {
            Field("note", source.Note);
        }

        Line();
        Line(style.Heading($"Cited by {Count(citedBy.Count, "item")}"));
        foreach (var item in citedBy)
        {
            Line($"{Indent}{style.Id(item.Id)}");
        }

        if (relations.Count > 0)
        {
            Line();
            Line(style.Heading($"Cited by {Count(relations.Count, "relation")}"));
            foreach (var relation in relations)
            {
                foreach (var line in TextLayout.Wrap($"{relation.From.Id} {Names.Json(relation.Type)} {relation.To.Id}", Indent + "  ", Indent))
                {
                    Line(line);
                }
            }
        }
    }

    /// <summary><c>wco list &lt;kind&gt;</c>: numbered titles, each with its id on the next line.</summary>
    public void List(KnowledgeKind kind, IReadOnlyList<IKnowledgeItem> items)
    {
        Line(style.Heading($"{Names.Heading(kind)} ({items.Count.ToString(CultureInfo.InvariantCulture)})"));
        var position = 0;
        // Each plan numbers its objectives from 1, so objectives of several plans are listed under their plan's title.
        var byPlan = items.OfType<Objective>().Select(objective => objective.Plan).Distinct().Count() > 1;
        StrategicPlan? plan = null;
        foreach (var item in items)
        {
            if (byPlan && item is Objective { Plan: var itsPlan } && itsPlan != plan && itsPlan is not null)
            {
                plan = itsPlan;
                foreach (var line in TextLayout.Wrap($"{plan.Title} ({plan.Id})", Indent + "  ", Indent))
                {
                    Line(style.Heading(line));
                }
            }

            var number = ItemDetails.NumberOf(item) ?? ++position;
            var lead = $"{Indent}{number.ToString(CultureInfo.InvariantCulture),2}. ";
            var mark = item.Status is FactStatus.Inferred or FactStatus.Unconfirmed ? $" [{Names.Json(item.Status)}]" : string.Empty;
            var title = TextLayout.Wrap(item.Title + mark, new string(' ', lead.Length), lead);
            for (var i = 0; i < title.Count; i++)
            {
                // The status mark is laid out as plain text, then coloured where it ended up.
                Line(i == title.Count - 1 && mark.Length > 0 && title[i].EndsWith(mark.TrimStart(), System.StringComparison.Ordinal)
                    ? title[i][..^mark.TrimStart().Length] + style.Warn(mark.TrimStart())
                    : title[i]);
            }

            Line(new string(' ', lead.Length) + style.Id(item.Id));
        }

        if (items.Count == 0)
        {
            Line(style.Dim($"{Indent}(none in this dataset)"));
        }
    }

    /// <summary><c>wco search</c>: ranked hits with the id to use next and why each matched.</summary>
    public void Hits(string query, IReadOnlyList<SearchHit> hits)
    {
        Line(style.Heading($"{Count(hits.Count, "match", "matches")} for \"{query}\""));
        var rank = 0;
        foreach (var hit in hits)
        {
            var lead = $"{Indent}{(++rank).ToString(CultureInfo.InvariantCulture),2}. ";
            var pad = new string(' ', lead.Length);
            Line(lead + TextLayout.Truncate(hit.Item.Title, TextLayout.Width - lead.Length));
            var kindAndScore = $"  {Names.Display(hit.Kind)}, score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}";
            Line(pad + style.Id(hit.Item.Id) + style.Dim(kindAndScore));
            var why = $"matched {Names.Json(hit.Field)}: \"";
            var text = TextLayout.Truncate(hit.MatchedText, TextLayout.Width - pad.Length - why.Length - 1);
            Line(pad + style.Dim(why + text + "\""));
        }
    }

    /// <summary><c>wco sources</c>: every source with its id, publisher, date and address.</summary>
    public void Sources(IReadOnlyList<Source> sources)
    {
        Line(style.Heading($"Sources ({sources.Count.ToString(CultureInfo.InvariantCulture)})"));
        foreach (var source in sources)
        {
            Line();
            Line($"{Indent}{style.Id(source.Id)}");
            Wrapped(source.Title, Indent + Indent);
            Wrapped($"{source.Publisher}, {source.AsOf?.ToString() ?? "undated"} ({Names.Describe(source.Kind)})", Indent + Indent);
            Line(Indent + Indent + style.Dim(source.Url));
        }
    }

    public void Line(string text = "") => output.Write(text + "\n");

    // A title, wrapped when it is long, in bold.
    private void Heading(string text)
    {
        foreach (var line in TextLayout.Wrap(text, string.Empty))
        {
            Line(style.Heading(line));
        }
    }

    public void Hint(string text)
    {
        foreach (var line in TextLayout.Wrap(text, Indent, string.Empty))
        {
            Line(style.Dim(line));
        }
    }

    // A cited source: its title, then its id, publisher and date, then its address.
    private void SourceEntry(Source source)
    {
        foreach (var line in TextLayout.Wrap(source.Title, Indent + "  ", Indent + "- "))
        {
            Line(line);
        }

        var about = TextLayout.Wrap($"{source.Id} · {source.Publisher}, {source.AsOf?.ToString() ?? "undated"}", Indent + "  ", Indent + "  ");
        for (var i = 0; i < about.Count; i++)
        {
            Line(i == 0 ? Indent + "  " + style.Id(source.Id) + about[0][(Indent.Length + 2 + source.Id.Length)..] : about[i]);
        }

        Line($"{Indent}  {style.Dim(source.Url)}");
    }

    // A label column and the value wrapped beside it; `plain` is the unstyled value when `value` carries colour.
    private void Field(string label, string value, string? plain = null)
    {
        var lead = Indent + label.PadRight(ValueColumn - Indent.Length - 1) + " ";
        if (plain is not null)
        {
            Line(lead + value);
            return;
        }

        foreach (var line in TextLayout.Wrap(value, new string(' ', ValueColumn), lead))
        {
            Line(line);
        }
    }

    // A dimmed remark under a field, wrapped in the value column.
    private void Note(string text)
    {
        foreach (var line in TextLayout.Wrap(text, new string(' ', ValueColumn)))
        {
            Line(style.Dim(line));
        }
    }

    private void Wrapped(string text, string indent)
    {
        foreach (var line in TextLayout.Wrap(text, indent))
        {
            Line(line);
        }
    }

    private static string Figure(DatedFigure figure) =>
        figure.Status == FactStatus.Confirmed ? figure.ToString() : $"{figure} [{Names.Json(figure.Status)}]";

    private string StatusWord(FactStatus status) => status is FactStatus.Inferred or FactStatus.Unconfirmed
        ? style.Warn(Names.Json(status))
        : Names.Json(status);

    private string Status(FactStatus status) => status is FactStatus.Inferred or FactStatus.Unconfirmed
        ? style.Warn($"[{Names.Json(status)}]")
        : $"[{Names.Json(status)}]";

    private static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
