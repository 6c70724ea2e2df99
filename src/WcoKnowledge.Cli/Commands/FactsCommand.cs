using System.CommandLine;
using WcoKnowledge.Cli.Knowledge;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary><c>wco facts [--as-of &lt;date&gt;]</c>: the organization's dated facts, or the figures valid on a date.</summary>
internal static class FactsCommand
{
    public static WcoCommand Create(CliContext context)
    {
        var asOf = new Option<string>("--as-of")
        {
            Description = "Show the member count, staff figure and Secretary General on this date: yyyy, yyyy-MM or yyyy-MM-dd.",
            HelpName = "date",
        };
        var command = new WcoCommand(
            "facts",
            "The organization's facts with their dates: names, founding, seat, languages, members, share of world trade, "
            + "Secretariat staff, Secretaries General and history. Facts that no WCO page confirms are marked with their status.",
            [
                new("wco facts", "Every fact with its date"),
                new("wco facts --as-of 2010", "The member count valid in 2010"),
                new("wco facts --as-of 2023-06-30", "... on a given day"),
                new("wco facts --json", "As JSON: {\"organization\": {…}}"),
            ]) { asOf };
        command.SetAction(parse => Run(context, parse, parse.GetValue(asOf)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string? asOfText)
    {
        FactDate? date = null;
        if (asOfText is not null)
        {
            date = FactDate.TryParse(asOfText.Trim(), out var parsed)
                ? parsed
                : throw new CliException(ExitCodes.Usage, $"--as-of: '{asOfText}' is not a date.", "Use yyyy, yyyy-MM or yyyy-MM-dd, e.g. --as-of 2010 or --as-of 2023-06-30.");
        }

        var kb = context.KnowledgeBase(parse);
        var o = kb.Organization;
        DatedFigure? membership = null;
        DatedFigure? staff = null;
        SecretaryGeneral? leader = null;
        if (date is { } on)
        {
            membership = o.MembershipAsOf(on)
                ?? throw new CliException(ExitCodes.NotFound, $"No member count is dated on or before {on}.", $"The earliest is {o.Membership[0]}.");
            staff = FigureSeries.ValidOn(o.SecretariatStaff, on);
            leader = Terms.InOfficeOn(kb.SecretariesGeneral, on);
        }

        if (context.WantsJson(parse))
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("dataVersion", kb.DataVersion);
                w.WriteString("asOf", kb.AsOf.ToString());
                JsonOutput.OrganizationFacts(w, "organization", o);
                w.WriteStartArray("secretariesGeneral");
                foreach (var secretaryGeneral in kb.SecretariesGeneral)
                {
                    JsonOutput.Item(w, secretaryGeneral);
                }

                w.WriteEndArray();
                if (date is { } day)
                {
                    w.WriteStartObject("on");
                    w.WriteString("date", day.ToString());
                    JsonOutput.Figure(w, "membership", membership);
                    var answer = kb.MembershipOn(day);
                    w.WriteNumber("membershipAgeInDays", (int)answer.PublishedFigureAge!.Value.TotalDays);
                    if (answer.RegistryCount is { } registry)
                    {
                        w.WriteNumber("registryCount", registry);
                    }
                    else
                    {
                        w.WriteNull("registryCount");
                    }

                    w.WriteNumber("membersWithoutDate", answer.MembersWithoutDate);
                    JsonOutput.Figure(w, "secretariatStaff", staff);
                    w.WritePropertyName("secretaryGeneral");
                    if (leader is null)
                    {
                        w.WriteNullValue();
                    }
                    else
                    {
                        JsonOutput.Item(w, leader);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            });
        }
        else if (date is { } day && membership is not null)
        {
            context.Human.FactsOn(kb, day, membership, staff, leader);
        }
        else
        {
            context.Human.Facts(kb);
        }

        return ExitCodes.Ok;
    }
}
