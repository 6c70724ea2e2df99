using System.CommandLine;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco</c> on its own: the root command, whose action is the overview.</summary>
internal static class OverviewCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var root = new WcoCommand(
            "wco",
            "The World Customs Organization (WCO) knowledge base: facts, governing and working bodies, instruments, regions, "
            + "Secretaries General, strategic plans and objectives, roles and the building blocks of Customs in the 21st "
            + "Century, every fact with its sources. Without a command: an overview.",
            [
                new("wco", "Overview: the WCO and what is inside"),
                new("wco show pillar 8", "Building block 8 with its sources"),
                new("wco search kyoto --json", "Search, as JSON for a script"),
                new("wco export --format markdown -o wco.md", "The knowledge base as a document"),
                new("wco <command> --help", "Help and examples for a command"),
            ]);
        root.Options.Add(context.Lang);
        root.SetAction(parse => Run(context, parse));
        return root;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        var language = context.Language(parse);
        var kb = context.KnowledgeBase(parse);
        if (context.WantsJson(parse))
        {
            CliJson.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("dataVersion", kb.DataVersion);
                w.WriteString("asOf", kb.AsOf.ToString());
                CliJson.Member(w, "organization", kb.Organization);
                CliJson.Member(w, "currentMembership", kb.Organization.CurrentMembership);
                // The Secretary General in office on the dataset's own date.
                CliJson.Member(w, "secretaryGeneral", kb.SecretaryGeneralOn(kb.AsOf));
                CliJson.Kinds(w, kb);
                w.WriteNumber("itemCount", kb.Items.Count);
                w.WriteNumber("sourceCount", kb.Sources.Count);
                w.WriteString("language", language);
                w.WriteEndObject();
            });
        }
        else
        {
            context.HumanIn(language).Overview(kb);
        }

        return ExitCodes.Ok;
    }
}
