using System.CommandLine;
using System.Globalization;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco search &lt;text&gt; [--kind] [--limit]</c>: the library's ranked search.</summary>
internal static class SearchCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var text = new Argument<string[]>("text")
        {
            Description = "What to look for; several words need no quotes. Case, accents, hyphens and small typos do not matter.",
            Arity = ArgumentArity.OneOrMore,
        };
        var kindOption = new Option<string>("--kind", "-k")
        {
            Description = "Only items of this kind (" + Names.KindList() + ").",
            HelpName = "kind",
        };
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "The most hits to show (at least 1).",
            DefaultValueFactory = _ => SearchOptions.Default.Limit,
        };
        var command = new WcoCommand(
            "search",
            "Find items by what you remember: words of titles, aliases (acronyms, the seed text's wording) and summaries, best match first.",
            [
                new("wco search kyoto", "The Kyoto Conventions, then related items"),
                new("wco search database of goods", "Several words, no quotes needed"),
                new("wco search integrty", "Small typos are tolerated"),
                new("wco search risk --kind pillar -n 3", "Only building blocks, at most 3"),
                new("wco search kyoto --json", "As JSON: {\"query\": …, \"hits\": [{\"item\": …}]}"),
                new("wco search Belgique", "French names are searched too: Belgium"),
                new("wco search douanes --lang fr", "Hits titled in French where the dataset has French titles"),
            ]) { text, kindOption, limit, context.Lang };
        command.SetAction(parse => Run(context, parse, string.Join(' ', parse.GetRequiredValue(text)), parse.GetValue(kindOption), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string query, string? kindText, int limit)
    {
        var language = context.Language(parse);
        KnowledgeKind? kind = null;
        if (kindText is not null)
        {
            kind = KnowledgeKinds.TryParse(kindText, out var parsed)
                ? parsed
                : throw new CliException(ExitCodes.Usage, $"--kind: '{kindText}' is not a kind.", $"Kinds: {Names.KindList()}.");
        }

        if (limit < 1)
        {
            throw new CliException(ExitCodes.Usage, $"--limit must be at least 1, not {limit.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            throw new CliException(ExitCodes.Usage, "Give some words to search for.", "Example: wco search kyoto");
        }

        var kb = context.KnowledgeBase(parse);
        var hits = kb.Search(query, new SearchOptions { Limit = limit, Kind = kind });
        if (hits.Count == 0)
        {
            var where = kind is { } k ? $" among {KnowledgeKinds.DisplayName(k)} items" : string.Empty;
            throw new CliException(ExitCodes.NotFound, $"Nothing matches \"{query}\"{where}.", "Try fewer or other words, or 'wco list <kind>' to browse.");
        }

        if (context.WantsJson(parse))
        {
            CliJson.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("query", query);
                w.WriteString("kind", kind is { } k ? KnowledgeKinds.Word(k) : null);
                w.WriteNumber("limit", limit);
                CliJson.Member(w, "hits", hits);
                w.WriteString("language", language);
                w.WriteEndObject();
            });
        }
        else
        {
            context.HumanIn(language).Hits(query, hits);
        }

        return ExitCodes.Ok;
    }
}
