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

    /// <summary>The newest member count in the dataset: the last of <see cref="Membership"/>. For the count on a date, use <see cref="IWcoKnowledgeBase.MembershipOn"/>, which also says how old the figure is.</summary>
    public DatedFigure CurrentMembership => Membership[Membership.Count - 1];

    /// <summary>The share of world trade that Members' Customs administrations process (about 98 %).</summary>
    public DatedFigure WorldTradeShare { get; internal init; } = null!;

    /// <summary>The size of the Secretariat's staff over time, in date order; read-only. Some figures are unconfirmed (see each <see cref="DatedFigure.Status"/>). For the figure on a date, use <see cref="IWcoKnowledgeBase.SecretariatStaffOn"/>.</summary>
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

    /// <summary>The themes of International Customs Day by year, oldest first, each cited; the last is the newest. Read-only.</summary>
    public IReadOnlyList<CustomsDayTheme> CustomsDayThemes { get; internal init; } = null!;
}
