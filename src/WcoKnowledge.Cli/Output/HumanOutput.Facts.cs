using System.Collections.Generic;

namespace WcoKnowledge.Cli.Output;

/// <summary><c>wco facts</c>: the organization's facts, each with its date.</summary>
internal sealed partial class HumanOutput
{
    public void Facts(IWcoKnowledgeBase kb)
    {
        var o = kb.Organization;
        Line(style.Heading($"{o.Title} ({o.Abbreviation}): facts with dates"));
        Line(style.Dim($"Dataset {kb.DataVersion}, facts as of {kb.AsOf}."));
        Line(style.Dim("A [status] marks a fact that no WCO page or treaty text confirms."));

        Section("Names");
        Field("Working name", $"{o.Title} ({o.Abbreviation}), adopted {o.WorkingNameAdopted.Date}");
        Field("Legal name", $"{o.LegalName} ({o.LegalAbbreviation})");
        Field("French", $"{o.FrenchName} ({o.FrenchAbbreviation})");
        Field("French legal", $"{o.FrenchLegalName} ({o.FrenchLegalAbbreviation})");

        Section("Founding");
        var convention = o.EstablishingConvention;
        Field("Convention", convention.Title + Mark(convention.Status));
        Field("Signed", $"{convention.SignedOn}, {convention.Place}");
        Field("In force", convention.InForceOn.ToString());
        Field("First Council", $"{o.FirstCouncilSession.Date} (International Customs Day)");

        Section("Seat and languages");
        Field("Headquarters", $"{o.Headquarters.Address}, {o.Headquarters.Country}{Mark(o.Headquarters.Status)}");
        Field("Languages", $"{string.Join(", ", o.OfficialLanguages.Languages)} (stated {o.OfficialLanguages.AsOf}){Mark(o.OfficialLanguages.Status)}");

        Section("Members");
        Series(o.Membership);
        Section("Share of world trade");
        Series([o.WorldTradeShare]);
        Section("Secretariat staff");
        Series(o.SecretariatStaff);
        if (kb.SecretariesGeneral.Count > 0)
        {
            Section("Secretaries General");
            SecretariesGeneral(kb.SecretariesGeneral);
        }

        Section("History");
        History(o.History, until: null);
        Line();
        Hint("'wco facts --as-of <date>' gives the member count on a date; 'wco show organization-wco' the item with its sources.");
    }

    /// <summary><c>wco facts --as-of</c>: the figures valid on <paramref name="date"/> and the history up to it.</summary>
    public void FactsOn(IWcoKnowledgeBase kb, FactDate date, DatedFigure membership, DatedFigure? staff, SecretaryGeneral? leader)
    {
        var o = kb.Organization;
        Line(style.Heading($"{o.Title} ({o.Abbreviation}) on {date}"));
        Line(style.Dim($"The newest figure dated on or before {date}; dataset {kb.DataVersion}."));
        Line();
        Field("Members", Figure(membership));
        if (membership.Note is not null)
        {
            Note(membership.Note);
        }

        var answer = kb.MembershipOn(date);
        var years = answer.PublishedFigureAge is { } age ? age.TotalDays / 365.25 : 0;
        if (years >= 2)
        {
            // A sparse series: say plainly that the published count is not the count on the date asked.
            Note(string.Format(System.Globalization.CultureInfo.InvariantCulture, "This published count is {0:0} years older than {1}; it is not the count on that date.", years, date));
        }

        if (answer.RegistryCount is { } registry)
        {
            Field("Registry", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} Members with a known joining date on or before {1} ({2} without a date not counted) [secondary]", registry, date, answer.MembersWithoutDate));
        }

        Field("Secretariat", staff is null ? $"no figure on or before {date}" : Figure(staff));
        if (kb.SecretariesGeneral.Count > 0)
        {
            Field("Sec. General", leader is null
                ? $"none recorded on {date} (the first recorded term starts {FirstStart(kb.SecretariesGeneral)})"
                : $"{leader.Title} ({leader.Country}), {ItemDetails.Term(leader)}{Mark(leader.Status)}");
        }

        Section($"History up to {date}");
        History(o.History, until: date);
    }

    private void Section(string heading)
    {
        Line();
        Line(style.Heading(heading));
    }

    // One line per figure: its date, the figure and its status; the note, if any, wrapped beneath.
    private void Series(IReadOnlyList<DatedFigure> figures)
    {
        var pad = new string(' ', Indent.Length + DateWidth + 2);
        foreach (var figure in figures)
        {
            Line($"{Indent}{figure.AsOf.ToString(),-DateWidth}  {FigureText.WithoutDate(figure)}{Mark(figure.Status)}");
            if (figure.Note is not null)
            {
                foreach (var line in TextLayout.Wrap(figure.Note, pad))
                {
                    Line(style.Dim(line));
                }
            }
        }
    }

    // One line per Secretary General: the start of the term, the name and country, the end (or "in office").
    private void SecretariesGeneral(IReadOnlyList<SecretaryGeneral> leaders)
    {
        var pad = new string(' ', Indent.Length + DateWidth + 2);
        foreach (var leader in leaders)
        {
            var lead = $"{Indent}{leader.TermStart?.ToString() ?? "?",-DateWidth}  ";
            var end = leader.TermEnd is { } last ? $"until {last}" : "in office";
            foreach (var line in TextLayout.Wrap($"{leader.Title} ({leader.Country}), {end}{Mark(leader.Status)}", pad, lead))
            {
                Line(line);
            }
        }
    }

    private void History(IReadOnlyList<Milestone> history, FactDate? until)
    {
        var pad = new string(' ', Indent.Length + DateWidth + 2);
        foreach (var milestone in history)
        {
            if (until is { } last && milestone.Date > last)
            {
                continue;
            }

            var lead = $"{Indent}{milestone.Date.ToString(),-DateWidth}  ";
            foreach (var line in TextLayout.Wrap(milestone.Title + Mark(milestone.Status), pad, lead))
            {
                Line(line);
            }
        }
    }

    private static string FirstStart(IReadOnlyList<SecretaryGeneral> leaders)
    {
        foreach (var leader in leaders)
        {
            if (leader.TermStart is { } start)
            {
                return start.ToString();
            }
        }

        return "?";
    }
}
