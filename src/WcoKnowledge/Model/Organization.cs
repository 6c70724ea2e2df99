using System;
using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>
/// The World Customs Organization: its names, founding, history, headquarters, languages, dated figures,
/// vision, mission editions, values, governance and the topics of its standards.
/// </summary>
/// <remarks>
/// <para>Figures that change over time are lists of <see cref="DatedFigure"/> in date order, so a caller can
/// show the newest value with its date, or the whole series.</para>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// </remarks>
public sealed record Organization : KnowledgeItem
{
    internal Organization(ItemFields fields)
        : base(fields)
    {
    }

    private protected override KnowledgeKind ItemKind => KnowledgeKind.Organization;

    /// <summary>The abbreviation of the working name: "WCO".</summary>
    public string Abbreviation { get; internal init; } = null!;

    /// <summary>The legal name, which the WCO still bears: "Customs Co-operation Council" (with the hyphen).</summary>
    public string LegalName { get; internal init; } = null!;

    /// <summary>The abbreviation of the legal name: "CCC".</summary>
    public string LegalAbbreviation { get; internal init; } = null!;

    /// <summary>The working name in French: "Organisation mondiale des douanes".</summary>
    public string FrenchName { get; internal init; } = null!;

    /// <summary>The French abbreviation of the working name: "OMD".</summary>
    public string FrenchAbbreviation { get; internal init; } = null!;

    /// <summary>The legal name in French: "Conseil de coopération douanière".</summary>
    public string FrenchLegalName { get; internal init; } = null!;

    /// <summary>The French abbreviation of the legal name: "CCD".</summary>
    public string FrenchLegalAbbreviation { get; internal init; } = null!;

    /// <summary>The convention that established the Council (signed in Brussels on 15 December 1950, in force 4 November 1952).</summary>
    public EstablishingConvention EstablishingConvention { get; internal init; } = null!;

    /// <summary>The seat of the Secretariat.</summary>
    public Headquarters Headquarters { get; internal init; } = null!;

    /// <summary>The official working languages.</summary>
    public LanguageSet OfficialLanguages { get; internal init; } = null!;

    /// <summary>Dated events from the post-war study group to the adoption of the working name, in date order; read-only.</summary>
    public IReadOnlyList<Milestone> History { get; internal init; } = null!;

    /// <summary>The inaugural session of the Council (26 January 1953), celebrated as International Customs Day; also in <see cref="History"/>.</summary>
    public Milestone FirstCouncilSession { get; internal init; } = null!;

    /// <summary>The adoption of the working name "World Customs Organization" (1994); also in <see cref="History"/>.</summary>
    public Milestone WorkingNameAdopted { get; internal init; } = null!;

    /// <summary>The number of Members over time, in date order; read-only. Members are Customs administrations, not only countries.</summary>
    public IReadOnlyList<DatedFigure> Membership { get; internal init; } = null!;

    /// <summary>The newest member count in the dataset: the last of <see cref="Membership"/>.</summary>
    public DatedFigure CurrentMembership => Membership[Membership.Count - 1];

    /// <summary>The member count in force on <paramref name="date"/>: the newest <see cref="Membership"/> entry dated on or before it.</summary>
    /// <param name="date">Any date; a partial date stands for its first day (2018 is 1 January 2018).</param>
    /// <returns>The figure, or <see langword="null"/> when <paramref name="date"/> is before the first entry (26 January 1953).</returns>
    /// <remarks>
    /// <para>A count stays in force until the next dated count; the dataset has no count for every accession, so treat the answer as "at least as recent as" its <see cref="DatedFigure.AsOf"/>.</para>
    /// <para>An entry counts from the first day of its date, in the order of the series. An entry dated less precisely
    /// than the one before it, whose date contains that one's (183 members in "2018" after 182 in "2018-07"), counts
    /// only from the day after the earlier entry's period (from 1 August 2018).</para>
    /// </remarks>
    public DatedFigure? MembershipAsOf(FactDate date)
    {
        var day = date.ToEarliestDateTime();
        DatedFigure? found = null;
        var foundStart = DateTime.MinValue;
        foreach (var figure in Membership)
        {
            var start = FactDatePeriods.EffectiveStart(figure.AsOf, found?.AsOf, foundStart);
            if (start > day)
            {
                break; // Membership is in series order (the loader checks it), so the starts never decrease
            }

            found = figure;
            foundStart = start;
        }

        return found;
    }

    /// <summary>The member count in force on the calendar day of <paramref name="date"/>; see <see cref="MembershipAsOf(FactDate)"/>.</summary>
    /// <param name="date">A date; its time of day is ignored.</param>
    /// <returns>The figure, or <see langword="null"/> when the date is before the first entry.</returns>
    public DatedFigure? MembershipAsOf(DateTime date) => MembershipAsOf(FactDate.FromYearMonthDay(date.Year, date.Month, date.Day));

    /// <summary>The share of world trade that Members' Customs administrations process (about 98 %).</summary>
    public DatedFigure WorldTradeShare { get; internal init; } = null!;

    /// <summary>The size of the Secretariat's staff over time, in date order; read-only. Some figures are unconfirmed (see each <see cref="DatedFigure.Status"/>).</summary>
    public IReadOnlyList<DatedFigure> SecretariatStaff { get; internal init; } = null!;

    /// <summary>The WCO's vision statement.</summary>
    public Statement Vision { get; internal init; } = null!;

    /// <summary>The editions of the mission statement, oldest first; read-only. The last is the current one.</summary>
    public IReadOnlyList<Statement> Missions { get; internal init; } = null!;

    /// <summary>The current mission statement: the last of <see cref="Missions"/>.</summary>
    public Statement CurrentMission => Missions[Missions.Count - 1];

    /// <summary>The WCO's values, which the seed text calls principles; read-only.</summary>
    public IReadOnlyList<CoreValue> Values { get; internal init; } = null!;

    /// <summary>The parts of the WCO's governance: Council, Secretariat, technical and advisory committees; read-only.</summary>
    public IReadOnlyList<GovernanceBody> Governance { get; internal init; } = null!;

    /// <summary>The topics that WCO standards and instruments cover; read-only.</summary>
    public IReadOnlyList<StandardTopic> Topics { get; internal init; } = null!;
}
