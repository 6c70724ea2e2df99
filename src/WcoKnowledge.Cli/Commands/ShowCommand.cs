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
            Description = "An item id (pillar-integrity), a source id (src-wco-history), or a kind and a number (pillar 8).",
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
                new("wco show src-wco-history", "A source and the items citing it"),
                new("wco show topic-valuation --json", "As JSON: {\"item\": …, \"sources\": […]}"),
            ]) { target };
        command.SetAction(parse => Run(context, parse, parse.GetRequiredValue(target)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string[] target)
    {
        if (target.Length == 2)
        {
            var (kind, number) = KindAndNumber(target[0], target[1]);
            Item(context, parse, ItemLookup.ByNumber(context.KnowledgeBase(parse), kind, number));
            return ExitCodes.Ok;
        }

        var kb = context.KnowledgeBase(parse);
        var (item, source) = ItemLookup.ById(kb, target[0]);
        if (item is not null)
        {
            Item(context, parse, item);
        }
        else if (source is not null)
        {
            Source(context, parse, kb, source);
        }

        return ExitCodes.Ok;
    }

    private static (KnowledgeKind Kind, int Number) KindAndNumber(string kindText, string numberText)
    {
        if (!Names.TryParseKind(kindText, out var kind))
        {
            throw new CliException(ExitCodes.Usage, $"'{kindText}' is not a kind.", $"Kinds: {Names.KindList()}.", "Example: wco show pillar 8");
        }

        if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new CliException(ExitCodes.Usage, $"'{numberText}' is not a number.", $"Example: wco show {Names.Display(kind)} 1");
        }

        return (kind, number);
    }

    private static void Item(CliContext context, ParseResult parse, IKnowledgeItem item)
    {
        if (!context.WantsJson(parse))
        {
            context.Human.Item(item);
            return;
        }

        JsonOutput.Write(context.Out, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("item");
            JsonOutput.Item(w, item);
            JsonOutput.Sources(w, "sources", item.Sources);
            w.WriteEndObject();
        });
    }

    private static void Source(CliContext context, ParseResult parse, IWcoKnowledgeBase kb, Source source)
    {
        var citedBy = kb.Items.Where(item => item.Sources.Contains(source)).ToList();
        if (!context.WantsJson(parse))
        {
            context.Human.Source(source, citedBy);
            return;
        }

        JsonOutput.Write(context.Out, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("source");
            JsonOutput.Source(w, source);
            JsonOutput.Strings(w, "citedBy", citedBy.Select(item => item.Id));
            w.WriteEndObject();
        });
    }
}
