using System.CommandLine;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco facts [--as-of &lt;date&gt;]</c>: the organization's dated facts, or the figures valid on a date.</summary>
internal static class FactsCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var asOf = new Option<string>("--as-of")
        {
            Description = "Show the member count, staff figure, Secretary General and officers on this date: yyyy, yyyy-MM or yyyy-MM-dd.",
            HelpName = "date",
        };
        var command = new WcoCommand(
            "facts",
            "The organization's facts with their dates: names, founding, seat, languages, members, share of world trade, "
            + "Secretariat staff, Secretaries General and history. Facts that no WCO page confirms are marked with their status.",
            [
                new("wco facts", "Every fact with its date"),
                new("wco facts --as-of 2010", "Members, staff and officers on 1 January 2010"),
                new("wco facts --as-of 2023-06-30", "... on a given day"),
                new("wco facts --as-of 2000 --json", "As JSON: {\"organization\": {…}, \"on\": {…}}"),
                new("wco facts --lang fr", "Item titles and the Customs Day theme in French where the dataset has them"),
            ]) { asOf, context.Lang };
        command.SetAction(parse => Run(context, parse, parse.GetValue(asOf)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string? asOfText)
    {
        var language = context.Language(parse);
        FactDate? date = null;
        if (asOfText is not null)
        {
            date = FactDate.TryParse(asOfText.Trim(), out var parsed)
                ? parsed
                : throw new CliException(ExitCodes.Usage, $"--as-of: '{asOfText}' is not a date.", "Use yyyy, yyyy-MM or yyyy-MM-dd, e.g. --as-of 2010 or --as-of 2023-06-30.");
        }

        var kb = context.KnowledgeBase(parse);
        var o = kb.Organization;
        if (date is not { } on)
        {
            if (context.WantsJson(parse))
            {
                CliJson.Write(context.Out, w =>
                {
                    Header(w, kb, language);
                    w.WriteEndObject();
                });
            }
            else
            {
                context.HumanIn(language).Facts(kb);
            }

            return ExitCodes.Ok;
        }

        // Every answer for the date is the library's, by its one rule for dates of mixed precision.
        var membership = kb.MembershipOn(on);
        // Before the first published count the tool has no member count to show: exit 1, as docs/cli.md documents.
        if (membership.Published.Figure is null)
        {
            throw new CliException(ExitCodes.NotFound, $"No member count is dated on or before {on}.", $"The earliest is {o.Membership[0]}.");
        }

        var staff = kb.SecretariatStaffOn(on);
        var leader = kb.SecretaryGeneralOn(on);
        var officers = kb.OfficersOn(on);
        if (context.WantsJson(parse))
        {
            CliJson.Write(context.Out, w =>
            {
                Header(w, kb, language);
                w.WriteStartObject("on");
                w.WriteString("date", on.ToString());
                CliJson.Member(w, "membership", membership);
                CliJson.Member(w, "secretariatStaff", staff);
                CliJson.Member(w, "secretaryGeneral", leader);
                CliJson.Member(w, "officers", officers);
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }
        else
        {
            context.HumanIn(language).FactsOn(kb, on, membership, staff, leader, officers);
        }

        return ExitCodes.Ok;
    }

    // {"dataVersion", "asOf", "organization", "secretariesGeneral", "language", left open for "on".
    private static void Header(System.Text.Json.Utf8JsonWriter w, IWcoKnowledgeBase kb, string language)
    {
        w.WriteStartObject();
        w.WriteString("dataVersion", kb.DataVersion);
        w.WriteString("asOf", kb.AsOf.ToString());
        CliJson.Member(w, "organization", kb.Organization);
        CliJson.Member(w, "secretariesGeneral", kb.SecretariesGeneral);
        w.WriteString("language", language);
    }
}
