using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WcoKnowledge.Cli.Output;

/// <summary><c>wco show</c>: one item, or one source, in full.</summary>
internal sealed partial class HumanOutput
{
    /// <summary>
    /// <c>wco show</c>: one item with every member, its summary, its kind's blocks (an instrument's editions, a plan's
    /// objectives), its relations with the titles of their sources, and its own sources in full.
    /// </summary>
    public void Item(IKnowledgeItem item, IReadOnlyList<Relation> relations)
    {
        // The title in the chosen language; the English one beside a translation, or a plain remark when there is none.
        var title = TitleOf(item);
        Heading(title.IsFallback ? $"{title.Text} (English; no '{language}' title)" : title.Text);
        Field("id", style.Id(item.Id), plain: item.Id);
        Field("kind", KnowledgeKinds.DisplayName(item.Kind));
        if (title.Translation is not null)
        {
            Field("English title", item.Title);
        }

        foreach (var detail in ItemDetails.ForHuman(item, language))
        {
            Field(detail.Label!, detail.Text!);
        }

        Field("status", StatusWord(item.Status), plain: DatasetWords.Word(item.Status));
        if (item.StatusNote is not null)
        {
            Field("note", item.StatusNote);
        }

        if (item.Aliases.Count > 0)
        {
            Field("aliases", string.Join("; ", item.Aliases));
        }

        if (item.Wikidata is { } wikidata)
        {
            Field("wikidata", $"{wikidata.Id} {wikidata.Url}{Mark(wikidata.Status)}");
            if (wikidata.StatusNote is not null)
            {
                Note(wikidata.StatusNote);
            }

            Note("[" + string.Join("; ", wikidata.Sources.Select(source => source.Title)) + "]");
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

        if (item.Translations.Count > 0)
        {
            Translations(item.Translations);
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

        FallbackFootnote();
    }

    // Every translation of the title: language, title and status, aliases, note, and the titles of its sources.
    private void Translations(IReadOnlyList<Translation> translations)
    {
        Line();
        Line(style.Heading($"Translations ({translations.Count.ToString(CultureInfo.InvariantCulture)})"));
        var pad = Indent + "  ";
        foreach (var translation in translations)
        {
            Wrapped(translation.Language + ": " + translation.Title + Mark(translation.Status), pad, Indent + "- ");
            if (translation.Aliases.Count > 0)
            {
                Wrapped("aliases: " + string.Join("; ", translation.Aliases), pad);
            }

            if (translation.StatusNote is not null)
            {
                foreach (var line in TextLayout.Wrap(translation.StatusNote, pad))
                {
                    Line(style.Dim(line));
                }
            }

            Cited(translation.Sources, pad);
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
            foreach (var line in TextLayout.Wrap(Title(objective) + Mark(objective.Status), pad, lead))
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
        var text = $"{relation.From.Id} {DatasetWords.Word(relation.Type)} {relation.To.Id}{Mark(relation.Status)}";
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
        Field("kind", DatasetWords.Describe(source.Kind));
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
                foreach (var line in TextLayout.Wrap($"{relation.From.Id} {DatasetWords.Word(relation.Type)} {relation.To.Id}", Indent + "  ", Indent))
                {
                    Line(line);
                }
            }
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
}
