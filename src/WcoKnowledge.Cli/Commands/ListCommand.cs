using System.CommandLine;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco list &lt;kind&gt;</c>: every item of a kind; without a kind, the kinds and their counts.</summary>
internal static class ListCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var kindArgument = new Argument<string?>("kind")
        {
            Description = "A kind, singular or plural: " + Names.KindList() + " (also 'building blocks', 'principles', 'bodies'). Omit it to list the kinds.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new WcoCommand(
            "list",
            "List the items of one kind, numbered, with their ids; without a kind, list the kinds with their counts.",
            [
                new("wco list pillars", "The 10 building blocks of C21"),
                new("wco list objectives", "The strategic objectives, by plan"),
                new("wco list instruments", "Conventions, frameworks and standards"),
                new("wco list \"governance bodies\"", "A kind of two words, quoted"),
                new("wco list", "The kinds and how many items each has"),
                new("wco list roles --json", "As JSON: {\"kind\": \"role\", \"items\": […]}"),
                new("wco list members --lang fr", "The Members by their French names"),
            ]) { kindArgument, context.Lang };
        command.SetAction(parse => Run(context, parse, parse.GetValue(kindArgument)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string? kindText)
    {
        var language = context.Language(parse);
        KnowledgeKind? kind = null;
        if (kindText is not null)
        {
            kind = KnowledgeKinds.TryParse(kindText, out var parsed)
                ? parsed
                : throw new CliException(ExitCodes.Usage, $"'{kindText}' is not a kind.", $"Kinds: {Names.KindList()}.", "Example: wco list pillars");
        }

        var kb = context.KnowledgeBase(parse);
        if (kind is not { } chosen)
        {
            if (context.WantsJson(parse))
            {
                CliJson.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    CliJson.Kinds(w, kb);
                    w.WriteString("language", language);
                    w.WriteEndObject();
                });
            }
            else
            {
                var human = context.HumanIn(language);
                human.Kinds(kb, "Kinds of item");
                human.Line();
                human.Hint("'wco list <kind>' lists the items of a kind, e.g. 'wco list pillars'.");
            }

            return ExitCodes.Ok;
        }

        var items = kb.GetItems(chosen);
        if (context.WantsJson(parse))
        {
            CliJson.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("kind", KnowledgeKinds.Word(chosen));
                CliJson.Member(w, "items", items);
                w.WriteString("language", language);
                w.WriteEndObject();
            });
        }
        else
        {
            context.HumanIn(language).List(chosen, items);
        }

        return ExitCodes.Ok;
    }
}
