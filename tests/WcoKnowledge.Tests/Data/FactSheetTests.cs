using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>Key facts of the embedded dataset against the cited fact sheet (shared/reference/wco-facts.md). Figures: FactSheetTests.Figures.cs.</summary>
public partial class FactSheetTests
{
    private static readonly string[] _englishAndFrench = { "English", "French" };

    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    private static Organization Org => Kb.Organization;

    [Fact]
    public void Names_AreTheOfficialOnes()
    {
        Org.Title.Should().Be("World Customs Organization");
        Org.LegalName.Should().Be("Customs Co-operation Council", "the legal name has the hyphen (fact sheet 1.1)");
        Org.LegalAbbreviation.Should().Be("CCC");
        Org.Abbreviation.Should().Be("WCO");
        Org.FrenchName.Should().Be("Organisation mondiale des douanes");
        Org.FrenchAbbreviation.Should().Be("OMD");
        Org.FrenchLegalName.Should().Be("Conseil de coop\u00e9ration douani\u00e8re");
        Org.FrenchLegalAbbreviation.Should().Be("CCD");
        Org.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void EstablishingConvention_SignedInBrusselsIn1950InForceIn1952()
    {
        var convention = Org.EstablishingConvention;

        convention.Title.Should().Be("Convention establishing a Customs Co-operation Council");
        convention.Place.Should().Be("Brussels");
        convention.SignedOn.Should().Be(FactDate.Parse("1950-12-15"));
        convention.InForceOn.Should().Be(FactDate.Parse("1952-11-04"));
        convention.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void History_DatesMatchTheConvention()
    {
        Org.History.Single(m => m.Key == "convention-signed").Date.Should().Be(Org.EstablishingConvention.SignedOn);
        Org.History.Single(m => m.Key == "convention-in-force").Date.Should().Be(Org.EstablishingConvention.InForceOn);
    }

    [Fact]
    public void FirstCouncilSession_Is26January1953()
    {
        Org.FirstCouncilSession.Date.Should().Be(FactDate.FromYearMonthDay(1953, 1, 26));
        Org.FirstCouncilSession.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void WorkingNameAdopted_IsDatedToTheYear1994Only()
    {
        var date = Org.WorkingNameAdopted.Date;

        date.Year.Should().Be(1994);
        date.Month.Should().BeNull("only a third-party source gives June (fact sheet 1.1)");
        Org.WorkingNameAdopted.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void Headquarters_IsBrusselsBelgium()
    {
        Org.Headquarters.City.Should().Be("Brussels");
        Org.Headquarters.Country.Should().Be("Belgium");
        Org.Headquarters.Address.Should().Contain("Rue du March\u00e9 30");
        Org.Headquarters.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void OfficialLanguages_AreEnglishAndFrench()
    {
        Org.OfficialLanguages.Languages.Should().BeEquivalentTo(_englishAndFrench);
        Org.OfficialLanguages.AsOf.Should().Be(FactDate.Parse("2021-03-04"));
        Org.OfficialLanguages.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void Counts_MatchTheSeedLists()
    {
        Kb.Roles.Should().HaveCount(4);
        Kb.Objectives.Should().HaveCount(9);
        Kb.Pillars.Should().HaveCount(10);
        Org.Values.Should().HaveCount(4);
    }

    [Fact]
    public void Objectives_PlanEditionIsInferred2011To2012()
    {
        Kb.Objectives.Should().OnlyContain(o => o.PlanEditionStatus == FactStatus.Inferred && o.PlanEdition == "WCO Strategic Plan 2011/2012");
        Kb.Objectives.Should().OnlyContain(o => o.Status == FactStatus.Unconfirmed, "the titles are retranslations, not official wording");
    }

    [Theory]
    [InlineData(1, "Globally Networked Customs", FactStatus.Confirmed)]
    [InlineData(2, "Better Coordinated Border Management", FactStatus.Unconfirmed)]
    [InlineData(3, "Intelligence-driven Risk Management", FactStatus.Unconfirmed)]
    [InlineData(4, "Customs-Trade Partnership", FactStatus.Unconfirmed)]
    [InlineData(5, "Implementation of Modern Working Methods, Procedures and Techniques", FactStatus.Unconfirmed)]
    [InlineData(6, "Enabling Technology and Tools", FactStatus.Unconfirmed)]
    [InlineData(7, "Enabling Powers", FactStatus.Unconfirmed)]
    [InlineData(8, "A Professional, Knowledge-based Service Culture", FactStatus.Confirmed)]
    [InlineData(9, "Capacity Building", FactStatus.Unconfirmed)]
    [InlineData(10, "Integrity", FactStatus.Unconfirmed)]
    public void Pillars_AreTheOfficialBuildingBlocks(int number, string title, FactStatus status)
    {
        var pillar = Kb.GetPillar(number);

        pillar.Title.Should().Be(title);
        pillar.Status.Should().Be(status);
    }

    [Fact]
    public void Pillar2_NotesThatTheBetterPrefixIsUnconfirmed()
    {
        var pillar = Kb.GetPillar(2);

        pillar.Status.Should().Be(FactStatus.Unconfirmed, "the title's \"Better\" prefix is unconfirmed (fact sheet 1.9 and 7); the status field must say so, not only the note");
        pillar.StatusNote.Should().Contain("Better").And.Contain("not confirmed").And.Contain("Co-ordinated border management");
        pillar.Aliases.Should().Contain("Co-ordinated border management");
    }

    [Fact]
    public void CustomsIn21stCentury_AdoptedJune2008()
    {
        var c21 = Kb.CustomsIn21stCentury;

        c21.Adopted.Should().Be(FactDate.FromYearMonth(2008, 6));
        c21.Title.Should().StartWith("Customs in the 21st Century");
        c21.Aliases.Should().Contain("C21");
        c21.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void DataVersionAndAsOf_AreSet()
    {
        Kb.DataVersion.Should().NotBeNullOrWhiteSpace();
        FactDate.TryParse(Kb.AsOf.ToString(), out var parsed).Should().BeTrue();
        parsed.Should().Be(Kb.AsOf);
        Kb.AsOf.Day.Should().NotBeNull("the dataset is dated to the day");
        Kb.AsOf.Should().BeGreaterThanOrEqualTo(Org.CurrentMembership.AsOf);
    }

    [Fact]
    public void Roles_AreTheFourRolesInSeedOrder()
    {
        Kb.Roles.Select(r => r.Id).Should().Equal(
            "role-revenue-collection", "role-protection-of-society", "role-trade-security-and-facilitation", "role-trade-statistics");
        Kb.Roles.Should().OnlyContain(r => r.Status == FactStatus.Inferred);
    }

    [Fact]
    public void Values_AreUnconfirmedParaphrases()
    {
        Org.Values.Should().OnlyContain(v => v.Status == FactStatus.Unconfirmed && v.StatusNote!.Contains("principles", StringComparison.Ordinal));
    }
}
