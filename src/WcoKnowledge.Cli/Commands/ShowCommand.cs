using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using WcoKnowledge.Cli.Knowledge;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco show &lt;id&gt;</c> or <c>wco show &lt;kind&gt; &lt;number&gt;</c>: one item (or source) in full.</summary>
internal static class ShowCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var target = new Argument<string[]>("id")
        {
            Description = "An item id (pillar-integrity), a source id (src-wco-history), a kind and a number (pillar 8), or 'member' and an ISO code (member BE).",
            Arity = new ArgumentArity(1, 2),
            HelpName = "id | kind number",
        };
        var command = new WcoCommand(
            "show",
            "Show one item with its kind's details, status, aliases, summary and sources; or one source and what cites it.",
            [
                new("wco show pillar-integrity", "An item by its stable id"),
                new("wco show pillar 8", "Building block number 8"),
                new("wco show objective 3", "Strategic objective number 3"),
                new("wco show member BE", "A WCO Member by its ISO 3166-1 code (alpha-2 or alpha-3)"),
                new("wco show src-wco-history", "A source and the items citing it"),
                new("wco show plan 5", "Plan 5 as 'wco list plans' numbers them"),
                new("wco show instrument-hs-convention", "An instrument with its relations"),
                new("wco show topic-valuation --json", "As JSON: {\"kind\": …, \"item\": …, \"sources\": […]}"),
                new("wco show member DE --lang fr", "Its title in French (Allemagne), with the English one"),
            ]) { target, context.Lang };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(target)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string[] target)
    {
        var language = context.Language(parse);
        if (target.Length == 2 && KnowledgeKinds.TryParse(target[0], out var asked) && asked == KnowledgeKind.Member
            && !int.TryParse(target[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var registry = context.KnowledgeBase(parse);
            var member = registry.TryGetMember(target[1], out var found)
                ? found
                : throw new CliException(ExitCodes.NotFound, $"No WCO Member has the ISO 3166-1 code '{target[1]}'.", "Codes are alpha-2 (BE) or alpha-3 (BEL); 'wco search <name> --kind member' finds a Member by name, 'wco list members' lists them all.");
            Item(context, parse, language, member, registry.GetRelations(member.Id));
            return ExitCodes.Ok;
        }

        if (target.Length == 2)
        {
            var (kind, number) = KindAndNumber(target[0], target[1]);
            var knowledgeBase = context.KnowledgeBase(parse);
            var numbered = ItemLookup.ByNumber(knowledgeBase, kind, number);
            Item(context, parse, language, numbered, knowledgeBase.GetRelations(numbered.Id));
            return ExitCodes.Ok;
        }

        var kb = context.KnowledgeBase(parse);
        var (item, source) = ItemLookup.ById(kb, target[0]);
        if (item is not null)
        {
            Item(context, parse, language, item, kb.GetRelations(item.Id));
        }
        else if (source is not null)
        {
            Source(context, parse, kb, source);
        }

        return ExitCodes.Ok;
    }

    private static (KnowledgeKind Kind, int Number) KindAndNumber(string kindText, string numberText)
    {
        if (!KnowledgeKinds.TryParse(kindText, out var kind))
        {
            throw new CliException(ExitCodes.Usage, $"'{kindText}' is not a kind.", $"Kinds: {Names.KindList()}.", "Example: wco show pillar 8");
        }

        if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new CliException(ExitCodes.Usage, $"'{numberText}' is not a number.", $"Example: wco show {KnowledgeKinds.DisplayName(kind)} 1");
        }

        return (kind, number);
    }

    private static void Item(CliContext context, ParseResult parse, string language, IKnowledgeItem item, IReadOnlyList<Relation> relations)
    {
        if (!context.WantsJson(parse))
        {
            context.HumanIn(language).Item(item, relations);
            return;
        }

        CliJson.Write(context.Out, w =>
        {
            // The item in the dataset's shape has no kind member, so the wrapper names it, as "wco list --json" does.
            w.WriteStartObject();
            w.WriteString("kind", KnowledgeKinds.Word(item.Kind));
            // The title in the language asked for, as the library answers it ({"text", "language", "requestedLanguage", "isFallback"}).
            w.WriteString("language", language);
            CliJson.Member(w, "title", item.TitleIn(language));
            CliJson.Member(w, "item", item);
            CliJson.Member(w, "sources", item.Sources);
            CliJson.Member(w, "relations", relations);
            CliJson.Member(w, "relatedSources", context.KnowledgeBase(parse).GetRelatedSources(item));
            w.WriteEndObject();
        });
    }

    private static void Source(CliContext context, ParseResult parse, IWcoKnowledgeBase kb, Source source)
    {
        // Items citing it for themselves or for one of their editions; relations citing it.
        var citedBy = kb.Items.Where(item => item.Sources.Contains(source)
            || (item is Instrument instrument && instrument.Editions.Any(edition => edition.Sources.Contains(source)))).ToList();
        var relations = kb.Relations.Where(relation => relation.Sources.Contains(source)).ToList();
        if (!context.WantsJson(parse))
        {
            context.Human.Source(source, citedBy, relations);
            return;
        }

        CliJson.Write(context.Out, w =>
        {
            w.WriteStartObject();
            CliJson.Member(w, "source", source);
            w.WriteStartArray("citedBy");
            foreach (var item in citedBy)
            {
                w.WriteStringValue(item.Id);
            }

            w.WriteEndArray();
            CliJson.Member<IReadOnlyList<Relation>>(w, "citedByRelations", relations);
            w.WriteEndObject();
        });
    }
}
