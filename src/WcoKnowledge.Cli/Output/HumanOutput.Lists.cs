using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WcoKnowledge.Cli.Output;

/// <summary><c>wco list</c>, <c>wco search</c> and <c>wco sources</c>: the kinds, the items of a kind, search hits, every source.</summary>
internal sealed partial class HumanOutput
{
    /// <summary>The kinds, each with its count and the titles of its first items, cut to fit one line.</summary>
    public void Kinds(IWcoKnowledgeBase kb, string heading)
    {
        Line(style.Heading(heading));
        var width = KnowledgeKinds.All.Max(kind => KnowledgeKinds.DisplayName(kind).Length);
        foreach (var kind in KnowledgeKinds.All)
        {
            var items = kb.GetItems(kind);
            var lead = $"{Indent}{KnowledgeKinds.DisplayName(kind).PadRight(width)} {items.Count.ToString(CultureInfo.InvariantCulture),3}  ";
            var titles = string.Join(", ", items.Select(item => TitleOf(item).Text));
            Line(lead + style.Dim(TextLayout.Truncate(titles, TextLayout.Width - lead.Length)));
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
                foreach (var line in TextLayout.Wrap($"{Title(plan)} ({plan.Id})", Indent + "  ", Indent))
                {
                    Line(style.Heading(line));
                }
            }

            var number = ItemDetails.NumberOf(item) ?? ++position;
            var lead = $"{Indent}{number.ToString(CultureInfo.InvariantCulture),2}. ";
            var mark = item.Status is FactStatus.Inferred or FactStatus.Unconfirmed ? $" [{DatasetWords.Word(item.Status)}]" : string.Empty;
            var title = TextLayout.Wrap(Title(item) + mark, new string(' ', lead.Length), lead);
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

        FallbackFootnote();
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
            var title = TitleOf(hit.Item);
            var fallback = FallbackMarkOf(title);
            Line(lead + TextLayout.Truncate(title.Text, TextLayout.Width - lead.Length - fallback.Length) + fallback);
            var kindAndScore = $"  {KnowledgeKinds.DisplayName(hit.Kind)}, score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}";
            Line(pad + style.Id(hit.Item.Id) + style.Dim(kindAndScore));
            var why = $"matched {DatasetWords.Word(hit.Field)}: \"";
            var text = TextLayout.Truncate(hit.MatchedText, TextLayout.Width - pad.Length - why.Length - 1);
            Line(pad + style.Dim(why + text + "\""));
        }

        FallbackFootnote();
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
            Wrapped($"{source.Publisher}, {source.AsOf?.ToString() ?? "undated"} ({DatasetWords.Describe(source.Kind)})", Indent + Indent);
            Line(Indent + Indent + style.Dim(source.Url));
        }
    }
}
