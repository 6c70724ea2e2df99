using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>Instruments, working bodies, regions, Secretaries General, plans and the published member counts against the fact sheet.</summary>
public class InstrumentsBodiesAndOfficesFactTests
{
    private static readonly WcoKnowledgeBase Kb = WcoKnowledgeBase.Default;
    private static readonly int[] SafeEditionYears = { 2005, 2007, 2010, 2012, 2015, 2018, 2021, 2025 };
    private static readonly string[] RegionAbbreviations = { "ESA", "A/P", "MENA", "AMS", "WCA" };

    [Theory]
    [InlineData("instrument-ccc-convention", "1950-12-15", "Brussels", "1952-11-04")]
    [InlineData("instrument-hs-convention", "1983-06-14", "Brussels", "1988-01-01")]
    [InlineData("instrument-revised-kyoto-convention", "1999-06-26", "Brussels", "2006-02-03")]
    [InlineData("instrument-ata-convention", "1961-12-06", "Brussels", "1963-07-30")]
    [InlineData("instrument-istanbul-convention", "1990-06-26", "Istanbul", "1993-11-27")]
    [InlineData("instrument-nairobi-convention", "1977-06-09", "Nairobi", "1980-05-21")]
    public void Conventions_InForce_HaveTheirSigningAndEntryIntoForce(string id, string adopted, string place, string inForce)
    {
        var instrument = Kb.GetItem<Instrument>(id);

        instrument.InstrumentKind.Should().Be(InstrumentKind.Convention);
        instrument.AdoptedOn.Should().Be(FactDate.Parse(adopted));
        instrument.AdoptedAt.Should().Be(place);
        instrument.InForce.Should().Be(InForceStatus.InForce);
        instrument.InForceOn.Should().Be(FactDate.Parse(inForce));
    }

    [Fact]
    public void NonBindingAndPendingInstruments_SayWhetherTheyAreInForce()
    {
        Kb.GetItem<Instrument>("instrument-safe-framework").InForce.Should().Be(InForceStatus.NotBinding);
        Kb.GetItem<Instrument>("instrument-safe-framework").InstrumentKind.Should().Be(InstrumentKind.FrameworkOfStandards);
        Kb.GetItem<Instrument>("instrument-safe-framework").AdoptedOn.Should().Be(FactDate.Parse("2005-06"));
        Kb.GetItem<Instrument>("instrument-revised-arusha-declaration").InstrumentKind.Should().Be(InstrumentKind.Declaration);
        Kb.GetItem<Instrument>("instrument-revised-arusha-declaration").InForce.Should().Be(InForceStatus.NotBinding);
        var johannesburg = Kb.GetItem<Instrument>("instrument-johannesburg-convention");
        johannesburg.InForce.Should().Be(InForceStatus.Unknown, "'not in force' rests only on texts of 2006 (fact sheet 3.1 and 7)");
        johannesburg.InForceOn.Should().BeNull();
        johannesburg.AdoptedOn.Should().Be(FactDate.Parse("2003-06-27"));
        johannesburg.StatusNote.Should().NotBeNullOrWhiteSpace("its current status is unconfirmed and the data must say so");
        var hs2028 = Kb.GetItem<Instrument>("instrument-hs-2028");
        hs2028.InstrumentKind.Should().Be(InstrumentKind.NomenclatureEdition);
        hs2028.InForceOn.Should().Be(FactDate.Parse("2028-01-01"));
        Kb.GetItem<Instrument>("instrument-wco-data-model").InstrumentKind.Should().Be(InstrumentKind.DataStandard);
    }

    [Fact]
    public void Editions_SafeAndDataModel_AreDatedInOrder()
    {
        var safe = Kb.GetItem<Instrument>("instrument-safe-framework").Editions;
        safe.Select(e => e.Date.Year).Should().Contain(SafeEditionYears);
        safe.Select(e => e.Date).Should().BeInAscendingOrder();
        Kb.GetItem<Instrument>("instrument-wco-data-model").Editions
            .Should().Contain(e => e.Label.Contains("4.0.0", StringComparison.Ordinal) && e.Date == FactDate.Parse("2023-10") && e.Status == FactStatus.Confirmed);
    }

    [Theory]
    [InlineData("instrument-hs-convention", "body-harmonized-system-committee")]
    [InlineData("instrument-nairobi-convention", "body-enforcement-committee")]
    [InlineData("instrument-safe-framework", "body-safe-working-group")]
    [InlineData("instrument-revised-arusha-declaration", "body-integrity-sub-committee")]
    public void ManagedBy_FollowsTheCitedRelation(string instrumentId, string bodyId)
    {
        var instrument = Kb.GetItem<Instrument>(instrumentId);

        instrument.ManagedBy.Select(b => b.Id).Should().Contain(bodyId);
        Kb.GetRelations(instrumentId).Should().Contain(r => r.Type == RelationType.ManagedBy && r.To.Id == bodyId && r.Sources.Count > 0);
        Kb.GetRelations(bodyId).Should().Contain(r => r.From.Id == instrumentId);
    }

    [Fact]
    public void Topics_AndManagedBy_AreExactlyTheEndsOfTheInstrumentsRelations()
    {
        foreach (var instrument in Kb.Instruments)
        {
            var relations = Kb.GetRelations(instrument.Id).Where(r => ReferenceEquals(r.From, instrument)).ToList();
            instrument.Topics.Cast<IKnowledgeItem>().Should().Equal(relations.Where(r => r.Type == RelationType.Serves).Select(r => r.To), instrument.Id);
            instrument.ManagedBy.Cast<IKnowledgeItem>().Should().Equal(relations.Where(r => r.Type == RelationType.ManagedBy).Select(r => r.To), instrument.Id);
        }

        Kb.GetItem<Instrument>("instrument-hs-convention").Topics.Select(t => t.Id).Should().Contain("topic-classification");
    }

    [Fact]
    public void Relations_LinkItemsOfThisKnowledgeBaseAndAreIndexedByBothEnds()
    {
        Kb.Relations.Should().NotBeEmpty();
        foreach (var relation in Kb.Relations)
        {
            Kb.GetItem(relation.From.Id).Should().BeSameAs(relation.From);
            Kb.GetItem(relation.To.Id).Should().BeSameAs(relation.To);
            Kb.GetRelations(relation.From.Id).Should().Contain(relation);
            Kb.GetRelations(relation.To.Id).Should().Contain(relation);
            relation.From.Should().NotBeSameAs(relation.To);
        }

        Kb.Relations.Select(r => r.ToString()).Should().OnlyHaveUniqueItems();
        Kb.GetRelations("role-trade-statistics").Should().BeEmpty();
        ((Action)(() => Kb.GetRelations("no-such-item"))).Should().Throw<KnowledgeItemNotFoundException>().WithMessage("*no-such-item*");
        ((Action)(() => Kb.GetRelations(null!))).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("body-policy-commission", 1978, null)]
    [InlineData("body-finance-committee", 1953, null)]
    [InlineData("body-harmonized-system-committee", 1988, "Tariff and Trade Affairs")]
    [InlineData("body-enforcement-committee", 1983, "Enforcement and Compliance")]
    [InlineData("body-technical-committee-on-customs-valuation", 1995, "Tariff and Trade Affairs")]
    [InlineData("body-technical-committee-on-rules-of-origin", 1995, "Tariff and Trade Affairs")]
    [InlineData("body-integrity-sub-committee", 2001, "Capacity Building")]
    [InlineData("body-safe-working-group", 2007, "Procedures and Facilitation")]
    [InlineData("body-capacity-building-committee", 2010, "Capacity Building")]
    public void WorkingBodies_HaveTheirYearAndGroup(string id, int year, string? group)
    {
        var body = Kb.GetItem<GovernanceBody>(id);

        body.Established!.Value.Year.Should().Be(year);
        body.Group.Should().Be(group);
    }

    [Fact]
    public void WorkingBodies_UndatedOnesAreMarkedSo()
    {
        var audit = Kb.GetItem<GovernanceBody>("body-audit-committee");
        audit.Established.Should().BeNull();
        audit.StatusNote.Should().NotBeNullOrWhiteSpace();
        Kb.GetRelations("body-integrity-sub-committee").Should().Contain(r => r.Type == RelationType.ReportsTo && r.To.Id == "body-policy-commission");
    }

    [Fact]
    public void Regions_AreTheSixInTheWcoOrder()
    {
        Kb.Regions.Should().HaveCount(6);
        Kb.Regions.Select(r => r.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        Kb.Regions.Select(r => r.Abbreviation).Should().Contain(RegionAbbreviations);
        Kb.Regions[0].Title.Should().Be("East and Southern Africa");
        Kb.Regions[2].Title.Should().Be("Far East, South and South East Asia, Australasia and the Pacific Islands");
        Kb.Regions[4].Title.Should().Be("South America, North America, Central America and the Caribbean");
    }

    [Fact]
    public void SecretariesGeneral_HaveTheirTermsAndTheCurrentOneIsInOffice()
    {
        Kb.SecretariesGeneral.Select(s => s.Id).Should().Equal(
            "secretary-general-james-w-shaver", "secretary-general-michel-danet", "secretary-general-kunio-mikuriya", "secretary-general-ian-saunders");
        var shaver = Kb.GetItem<SecretaryGeneral>("secretary-general-james-w-shaver");
        shaver.TermStart.Should().BeNull("no source gives the start of his term: the entry is kept, marked, not dropped");
        shaver.Status.Should().Be(FactStatus.Inferred);
        shaver.InOffice.Should().BeFalse();
        var saunders = Kb.GetItem<SecretaryGeneral>("secretary-general-ian-saunders");
        saunders.Country.Should().Be("United States");
        saunders.TermStart.Should().Be(FactDate.Parse("2024-01-01"));
        saunders.InOffice.Should().BeTrue();
        var mikuriya = Kb.GetItem<SecretaryGeneral>("secretary-general-kunio-mikuriya");
        (mikuriya.TermStart, mikuriya.TermEnd).Should().Be((FactDate.Parse("2009-01-01"), FactDate.Parse("2023-12-31")));
        mikuriya.InOffice.Should().BeFalse();
        Kb.GetItem<SecretaryGeneral>("secretary-general-michel-danet").Status.Should().Be(FactStatus.Inferred, "his start year is inferred");
        Kb.SecretariesGeneral.Count(s => s.InOffice).Should().Be(1);
    }

    [Fact]
    public void StrategicPlans_EditionsAndTheirObjectives()
    {
        Kb.StrategicPlans.Select(p => p.Id).Should().Equal(
            "plan-2011-2012", "plan-2012-2013", "plan-2013-2016", "plan-2019-2022", "plan-2022-2025", "plan-2025-2028");
        Kb.GetItem<StrategicPlan>("plan-2011-2012").Objectives.Should().Equal(Kb.Objectives, "the seed's nine objectives belong to the 2011/2012 plan");
        Kb.Objectives.Should().OnlyContain(o => o.PlanEditionStatus == FactStatus.Inferred && o.Plan!.Id == "plan-2011-2012");
        Kb.GetItem<StrategicPlan>("plan-2013-2016").Objectives.Should().HaveCount(7);
        Kb.GetItem<StrategicPlan>("plan-2019-2022").Objectives.Select(o => o.Label).Should().Equal("SO1", "SO2", "SO3");
        Kb.GetItem<StrategicPlan>("plan-2022-2025").Objectives.Select(o => o.Label).Should().Equal("SO1", "SO2", "SO3", "SO4");
        Kb.GetItem<StrategicPlan>("plan-2025-2028").Title.Should().Contain("Serving data-driven Customs for a connected world");
        foreach (var plan in Kb.StrategicPlans)
        {
            plan.Objectives.Select(o => o.Number).Should().Equal(Enumerable.Range(1, plan.Objectives.Count), plan.Id);
            plan.Objectives.Where(o => !ReferenceEquals(o.Plan, plan)).Should().BeEmpty(plan.Id);
        }

        Kb.GetItems(KnowledgeKind.Objective).Should().HaveCount(Kb.StrategicPlans.Sum(p => p.Objectives.Count));
        Kb.GetObjective(4).Id.Should().Be("objective-protection-of-society", "the default objectives stay the seed's nine");
    }

    [Fact]
    public void KyotoConvention1973_EnteredIntoForceIn1974_ButItsStatusTodayIsUnknown()
    {
        var kyoto = Kb.GetItem<Instrument>("instrument-kyoto-convention");

        kyoto.InstrumentKind.Should().Be(InstrumentKind.Convention);
        kyoto.AdoptedOn.Should().Be(FactDate.Parse("1973-05-18"));
        kyoto.AdoptedAt.Should().Be("Kyoto");
        kyoto.InForceOn.Should().Be(FactDate.Parse("1974-09-25"));
        kyoto.InForce.Should().Be(InForceStatus.Unknown, "the fact sheet does not cover whether the 1973 text is in force today (section 7)");
        kyoto.StatusNote.Should().Contain("1974").And.Contain("unknown");
    }

    [Theory]
    [InlineData("1953-01-25", null)]
    [InlineData("1953-01-26", 17)]
    [InlineData("2008-06-30", 171)]
    [InlineData("2008-07-01", 173)]
    [InlineData("2008-12-31", 173)]
    [InlineData("2009", 174)]
    [InlineData("2012-06-30", 177)]
    [InlineData("2015-12-31", 180)]
    [InlineData("2018", 180)]
    [InlineData("2018-06-30", 180)]
    [InlineData("2018-07", 182)]
    [InlineData("2018-07-31", 182)]
    [InlineData("2018-08-01", 183)]
    [InlineData("2018-12-31", 183)]
    [InlineData("2019", 183)]
    [InlineData("2022-06-24", 183)]
    [InlineData("2022-06-25", 184)]
    [InlineData("2024-06-30", 186)]
    [InlineData("2025-09-16", 186)]
    [InlineData("2025-09-17", 187)]
    [InlineData("2030-01-01", 187)]
    public void MembershipOn_PublishedCountIsTheOneInForceOnThatDate(string date, int? expected)
    {
        var figure = Kb.MembershipOn(FactDate.Parse(date)).Published.Figure;

        figure?.Value.Should().Be(expected);
        (figure is null).Should().Be(expected is null);
    }
}
