using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>
/// The corrections of the fact audit (issue 16, section 2) and the fact sheet's facts added in data version 1.2
/// (issue 16, section 3: working bodies, Data Model 3.7.0, the Capacity Building Strategy's approval).
/// </summary>
public class AuditCorrectionTests
{
    private const string WorkingBodiesUrl = "https://www.wcoomd.org/en/wco-working-bodies.aspx";

    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void Kyoto1973_IsInForceUnknownAndKeepsIts1974EntryIntoForce()
    {
        // The audit found no source on whether the unrevised 1973 text still binds anyone today, so "in force" became
        // "unknown"; the 1974 entry into force is sourced and stays. (Johannesburg's correction: InstrumentsBodiesAndOfficesFactTests.)
        var kyoto = Kb.GetItem<Instrument>("instrument-kyoto-convention");

        kyoto.InForce.Should().Be(InForceStatus.Unknown);
        kyoto.InForceOn.Should().Be(FactDate.Parse("1974-09-25"));
        kyoto.AdoptedOn.Should().Be(FactDate.Parse("1973-05-18"));
        kyoto.StatusNote.Should().Contain("unknown");
    }

    [Fact]
    public void CapacityBuildingCommittee_The2009NewsItemFitsApril2010AndItReportsToThePolicyCommission()
    {
        var cbc = Kb.GetItem<GovernanceBody>("body-capacity-building-committee");

        cbc.Established.Should().Be(FactDate.Parse("2010-04"));
        cbc.StatusNote.Should().NotContain("unresolved").And.Contain("working group").And.Contain("first session");
        var relation = Kb.GetRelations(cbc.Id).Should().ContainSingle(r => r.Type == RelationType.ReportsTo && r.To.Id == "body-policy-commission").Which;
        relation.From.Should().BeSameAs(cbc);
        relation.Status.Should().Be(FactStatus.Confirmed);
        relation.Sources.Select(s => s.Url).Should().Equal("https://www.wcoomd.org/zh-cn/media/newsroom/2009/november/cb_ar_firstsessioncbc_en.aspx");
        relation.Sources[0].Kind.Should().Be(SourceKind.OfficialWco);
    }

    [Theory]
    [InlineData("instrument-revised-kyoto-convention", RelationType.Serves, "topic-trade-facilitation", FactStatus.Inferred)]
    [InlineData("instrument-kyoto-convention", RelationType.Serves, "topic-trade-facilitation", FactStatus.Inferred)]
    [InlineData("instrument-revised-arusha-declaration", RelationType.ManagedBy, "body-integrity-sub-committee", FactStatus.Inferred)]
    [InlineData("body-integrity-sub-committee", RelationType.ReportsTo, "body-policy-commission", FactStatus.Confirmed)]
    public void Relations_AreNoStrongerThanTheirSources(string from, RelationType type, string to, FactStatus status)
    {
        var relation = Kb.Relations.Should().ContainSingle(r => r.From.Id == from && r.Type == type && r.To.Id == to).Which;

        relation.Status.Should().Be(status);
        relation.Note.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void ArushaManagedBy_SaysTheSourceOnlySaysPromotes()
    {
        Kb.Relations.Single(r => r.From.Id == "instrument-revised-arusha-declaration" && r.Type == RelationType.ManagedBy)
            .Note.Should().Contain("promotes").And.Contain("our reading");
    }

    [Fact]
    public void FactsRestingOnSecondaryCopies_AreSecondary()
    {
        Kb.GetItem<GovernanceBody>("body-technical-and-advisory-committees").Status.Should().Be(FactStatus.Secondary);
        var arusha1993 = Kb.GetItem<Instrument>("instrument-revised-arusha-declaration").Editions.Single(e => e.Date == FactDate.Parse("1993"));
        arusha1993.Status.Should().Be(FactStatus.Secondary);
        arusha1993.Sources.Should().OnlyContain(s => s.Kind == SourceKind.Secondary);
        var staff2018 = Kb.Organization.SecretariatStaff.Single(f => f.AsOf.Year == 2018);
        staff2018.Value.Should().Be(125);
        staff2018.Status.Should().Be(FactStatus.Secondary, "its date rests on a third-party mirror");
        Kb.GetSource("src-wco-americas-caribbean-what-is-wco").Kind.Should().Be(SourceKind.Secondary);
    }

    [Theory]
    [InlineData("body-permanent-technical-committee", "243")]
    [InlineData("body-private-sector-consultative-group", "2022")]
    [InlineData("instrument-revised-arusha-declaration", "languages")]
    [InlineData("instrument-istanbul-convention", "Albania")]
    public void Summaries_DoNotStateWhatOnlyAPagesTitleOrAddressImplies(string id, string claim)
    {
        Kb.GetItem(id).Summary.Should().NotContain(claim);
    }

    [Theory]
    [InlineData("body-working-group-on-data-and-statistics", "Working Group on Data and Statistics", null)]
    [InlineData("body-hs-review-sub-committee", "HS Review Sub-Committee", "Tariff and Trade Affairs")]
    [InlineData("body-scientific-sub-committee", "Scientific Sub-Committee", "Tariff and Trade Affairs")]
    [InlineData("body-hs-working-party", "HS Working Party", "Tariff and Trade Affairs")]
    [InlineData("body-focus-group-on-transfer-pricing", "Focus Group on Transfer Pricing", "Tariff and Trade Affairs")]
    [InlineData("body-information-management-sub-committee", "Information Management Sub-Committee", "Procedures and Facilitation")]
    [InlineData("body-air-cargo-security-technical-experts-group", "Air Cargo Security Technical Experts Group", "Procedures and Facilitation")]
    [InlineData("body-working-group-on-commercial-fraud", "Working Group on Commercial Fraud", "Enforcement and Compliance")]
    [InlineData("body-global-information-and-intelligence-strategy-project-group", "Global Information and Intelligence Strategy Project Group", "Enforcement and Compliance")]
    [InlineData("body-counterfeiting-and-piracy-group", "Counterfeiting and Piracy Group", "Enforcement and Compliance")]
    [InlineData("body-electronic-crime-expert-group", "Electronic Crime Expert Group", "Enforcement and Compliance")]
    public void WorkingBodies_TheElevenAddedFromTheWorkingBodiesPage(string id, string title, string? group)
    {
        var body = Kb.GetItem<GovernanceBody>(id);

        body.Title.Should().Be(title);
        body.Group.Should().Be(group);
        body.Established.Should().BeNull("the fact sheet gives no establishment date for it");
        body.Status.Should().Be(FactStatus.Confirmed);
        body.StatusNote.Should().Contain("no establishment date");
        body.Sources.Select(s => s.Url).Should().Equal(WorkingBodiesUrl);
    }

    [Fact]
    public void WorkingBodies_EveryBodyOnTheWorkingBodiesPageIsInTheDataset()
    {
        // Council, Secretariat, the collective "technical and advisory committees", then 15 working bodies before 1.2.0, 26 since.
        Kb.GetItems(KnowledgeKind.GovernanceBody).Should().HaveCount(3 + 15 + 11);
        Kb.Search("CAP Group")[0].Item.Id.Should().Be("body-counterfeiting-and-piracy-group");
    }

    [Fact]
    public void DataModel_Has370InJanuary2018AsASecondaryEdition()
    {
        var editions = Kb.GetItem<Instrument>("instrument-wco-data-model").Editions;

        var v370 = editions.Should().ContainSingle(e => e.Label == "3.7.0").Which;
        v370.Date.Should().Be(FactDate.Parse("2018-01"));
        v370.Status.Should().Be(FactStatus.Secondary, "only a third-party report gives it (fact sheet 3.1)");
        v370.Sources.Should().OnlyContain(s => s.Kind == SourceKind.Secondary);
        editions.Select(e => e.Label).Should().Equal("3.7.0", "4.0.0");
    }

    [Fact]
    public void CapacityBuildingStrategy_CouncilApprovalIn2003IsAMilestone()
    {
        var milestone = Kb.Organization.History.Should().ContainSingle(m => m.Key == "capacity-building-strategy-approved").Which;

        milestone.Date.Should().Be(FactDate.Parse("2003"));
        milestone.Status.Should().Be(FactStatus.Confirmed);
        milestone.Sources.Select(s => s.Url).Should().Equal("https://www.wcoomd.org/es-es/topics/capacity-building/overview/cb_strategy.aspx");
    }

    [Fact]
    public void Membership_182InJuly2018ComesBefore183In2018()
    {
        var membership = Kb.Organization.Membership;
        var i182 = membership.Select((f, i) => (f, i)).Single(x => x.f.Value == 182).i;

        membership[i182].AsOf.Should().Be(FactDate.Parse("2018-07"));
        membership[i182 + 1].Value.Should().Be(183);
        membership[i182 + 1].AsOf.Should().Be(FactDate.Parse("2018"));
        membership[i182 + 1].Note.Should().Contain("182");
    }
}
