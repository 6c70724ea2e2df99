using System.Collections.Generic;
using System.Globalization;

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

        if (o.CustomsDayThemes.Count > 0)
        {
            Section("International Customs Day");
            NewestTheme(o.CustomsDayThemes[^1]);
        }

        Section("History");
        History(o.History, until: null);
        Line();
        Hint("'wco facts --as-of <date>' gives the member count on a date; 'wco show organization-wco' the item with its sources.");
    }

    // The newest year's theme, in the chosen language where a source gives it, with the status of the wording shown.
    private void NewestTheme(CustomsDayTheme theme)
    {
        var wording = theme.ThemeIn(language);
        var status = wording.Translation?.Status ?? theme.Status;
        var english = wording.IsFallback ? $" (English; no '{language}' wording)" : string.Empty;
        Field("Theme " + theme.Year.ToString(CultureInfo.InvariantCulture), wording.Text + Mark(status) + english);
    }

    /// <summary><c>wco facts --as-of</c>: the library's answers for <paramref name="date"/> and the history up to it.</summary>
    public void FactsOn(IWcoKnowledgeBase kb, FactDate date, MembershipOnDate membership, FigureOnDate staff, SecretaryGeneral? leader, IReadOnlyList<Officer> officers)
    {
        var o = kb.Organization;
        Line(style.Heading($"{o.Title} ({o.Abbreviation}) on {date}"));
        Line(style.Dim($"The newest figure in force on {date}; dataset {kb.DataVersion}."));
        Line();
        FigureOn("Members", membership.Published);
        Field("Registry", string.Format(CultureInfo.InvariantCulture, "{0} Members with a known joining date on or before {1} ({2} without a date not counted) [secondary]", membership.RegistryCount, date, membership.MembersWithoutDate));
        FigureOn("Secretariat", staff);
        if (kb.SecretariesGeneral.Count > 0)
        {
            Field("Sec. General", leader is null
                ? $"none recorded on {date} (the first recorded term starts {FirstStart(kb.SecretariesGeneral)})"
                : $"{TitleOf(leader).Text} ({leader.Country}), {ItemDetails.Term(leader)}{Mark(leader.Status)}");
        }

        for (var i = 0; i < officers.Count; i++)
        {
            var officer = officers[i];
            // With its term: a term whose end no source gives is open only for the last recorded holder (the library's rule).
            Field(i == 0 ? "Officers" : string.Empty, $"{TitleOf(officer).Text} ({officer.Country}), {ItemDetails.Describe(officer.Office)}, {ItemDetails.Term(officer)}{Mark(officer.Status)}");
        }

        Section($"History up to {date}");
        History(o.History, until: date);
    }

    // A figure in force on a date, its note, and when the library calls it stale, a plain warning that it is not the
    // value on that date (sparse series: the member count of 1953 is the newest published one for 2000).
    private void FigureOn(string label, FigureOnDate answer)
    {
        if (answer.Figure is not { } figure)
        {
            Field(label, answer.ToString());
            return;
        }

        Field(label, Figure(figure));
        if (figure.Note is not null)
        {
            Note(figure.Note);
        }

        if (answer.IsStale)
        {
            Note($"This figure is {answer.AgeText} older than {answer.Date}; it is not the value on that date.");
        }
    }

    private void Section(string heading)
    {
        Line();
        Line(style.Heading(heading));
    }

    // One line per figure (its text ends with its date) and its status; the note, if any, wrapped beneath.
    private void Series(IReadOnlyList<DatedFigure> figures)
    {
        var pad = new string(' ', Indent.Length + 2);
        foreach (var figure in figures)
        {
            Line($"{Indent}{figure}{Mark(figure.Status)}");
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
            foreach (var line in TextLayout.Wrap($"{TitleOf(leader).Text} ({leader.Country}), {end}{Mark(leader.Status)}", pad, lead))
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
