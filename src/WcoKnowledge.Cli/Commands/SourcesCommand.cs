using System.CommandLine;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco sources</c>: every source the dataset cites.</summary>
internal static class SourcesCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var command = new WcoCommand(
            "sources",
            "List every source the knowledge base cites: id, title, publisher, date and address.",
            [
                new("wco sources", "Every source"),
                new("wco show src-wco-history", "One source and the items citing it"),
                new("wco sources --json", "As JSON: {\"sources\": [{\"id\", \"url\", …}]}"),
            ]);
        command.SetAction(parse =>
        {
            var kb = context.KnowledgeBase(parse);
            if (context.WantsJson(parse))
            {
                CliJson.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    CliJson.Member(w, "sources", kb.Sources);
                    w.WriteEndObject();
                });
            }
            else
            {
                context.Human.Sources(kb.Sources);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
