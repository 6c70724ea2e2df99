using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>
/// Data 1.4.0, issue 22 part 3 ("current to 2026", fact sheet section 8): the 2025 Council Chair, the terms of earlier
/// Chairs, the SAFE Framework's 2025 edition, the steps of HS 2028, the 2008 member count, and the corrections of the audit.
/// </summary>
public class CurrentTo2026Tests
{
    private static readonly string[] LastTwoChairs = { "officer-edward-kieswetter", "officer-bashir-adewale-adeniyi" };

    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    private static FactDate D(string date) => FactDate.Parse(date);

    [Fact]
    public void CouncilChair_From1July2025_IsAdeniyiOfNigeria()
    {
        var chair = Kb.OfficersOn(D("2025-07-01")).Should().ContainSingle(o => o.Office == Office.CouncilChair).Which;

        chair.Id.Should().Be("officer-bashir-adewale-adeniyi");
        chair.Title.Should().Be("Bashir Adewale Adeniyi");
        chair.Country.Should().Be("Nigeria");
        (chair.TermStart, chair.TermEnd).Should().Be((D("2025-07-01"), (FactDate?)null));
        chair.Status.Should().Be(FactStatus.Secondary, "only news reports quoting a WCO statement give it");
        chair.StatusNote.Should().Contain("WCO statement");
        chair.Sources.Should().OnlyContain(s => s.Kind == SourceKind.Secondary);
        chair.Sources.Select(s => s.Url).Should().Contain(
            "https://nairametrics.com/2025/06/28/nigerias-customs-cg-bashir-adeniyi-elected-chairperson-of-world-customs-organization-council/");
        Kb.Search("Adeniyi")[0].Item.Should().BeSameAs(chair);
        Kb.OfficersOn(D("2030")).Should().Contain(chair, "the last recorded Chair, with no end in any source");
    }

    [Fact]
    public void Kieswetter_TermEndsOn30June2025_AfterTheMaximumTwoYears()
    {
        var kieswetter = Kb.GetItem<Officer>("officer-edward-kieswetter");

        kieswetter.TermEnd.Should().Be(D("2025-06-30"));
        kieswetter.StatusNote.Should().Contain("two-year").And.Contain("1 July 2025");
        Kb.OfficersOn(D("2025-06-30")).Where(o => o.Office == Office.CouncilChair).Should().Equal(kieswetter);
        Kb.OfficersOn(D("2025-07-01")).Should().NotContain(kieswetter);
    }

    [Fact]
    public void Davydov_ChairedFromJuly2016ToJuly2017_AndCanonFollowed()
    {
        var davydov = Kb.GetItem<Officer>("officer-ruslan-davydov");
        var canon = Kb.GetItem<Officer>("officer-enrique-canon");
        const string customsRu = "http://eng.customs.ru/index.php?option=com_content&view=article&id=1957:russia-headed-the-european-region-of-the-world-customs-organization&catid=32:news-cat&Itemid=1858&Itemid=1857";

        (davydov.TermStart, davydov.TermEnd).Should().Be((D("2016-07"), D("2017-07")));
        davydov.Status.Should().Be(FactStatus.Secondary, "the term dates come only from Russian national sources");
        davydov.Sources.Select(s => s.Url).Should().Contain(customsRu);
        (canon.TermStart, canon.TermEnd).Should().Be((D("2017-07"), D("2019-06")));
        canon.Sources.Select(s => s.Url).Should().Contain(customsRu);
        Kb.OfficersOn(D("2017-01-01")).Where(o => o.Office == Office.CouncilChair).Should().Equal(davydov);
        Kb.OfficersOn(D("2018-06-30")).Where(o => o.Office == Office.CouncilChair).Should().Equal(canon);
    }

    [Fact]
    public void CouncilChairs_AreInTermOrder()
    {
        var dated = Kb.Officers.Where(o => o.Office == Office.CouncilChair && o.TermStart is not null).Select(o => o.TermStart!.Value).ToList();

        dated.Should().BeInAscendingOrder();
        Kb.Officers.Where(o => o.Office == Office.CouncilChair).Select(o => o.Id).Should().EndWith(LastTwoChairs);
    }

    [Fact]
    public void SafeFramework_The2025EditionWasEndorsedInMay2025()
    {
        var safe = Kb.GetItem<Instrument>("instrument-safe-framework");

        var edition = safe.EditionOn(D("2025-06"))!;
        edition.Label.Should().Be("2025");
        edition.Date.Should().Be(D("2025-05"));
        edition.Status.Should().Be(FactStatus.Secondary);
        edition.Summary.Should().Contain("Permanent Technical Committee");
        edition.Sources.Should().OnlyContain(s => s.Kind == SourceKind.Secondary);
        safe.EditionOn(D("2025-04"))!.Label.Should().Be("2021");
        safe.Editions[^1].Should().BeSameAs(edition);
    }

    [Fact]
    public void Hs2028_ProvisionallyAdoptedInMarch2025_RecommendedInJune2025_InForceIn2028()
    {
        var hs2028 = Kb.GetItem<Instrument>("instrument-hs-2028");

        hs2028.Summary.Should().Contain("75th session").And.Contain("March 2025").And.Contain("June 2025").And.Contain("1 January 2028");
        hs2028.AdoptedOn.Should().Be(D("2025-06"));
        hs2028.InForce.Should().Be(InForceStatus.NotInForce);
        hs2028.InForceOn.Should().Be(D("2028-01-01"));
        hs2028.InForceOn!.Value.Should().BeGreaterThan(Kb.AsOf, "a scheduled entry into force is the one date allowed after the dataset's as-of");
        hs2028.Status.Should().Be(FactStatus.Secondary);
        hs2028.Sources.Select(s => s.Url).Should().Contain("https://catts.eu/wco-wto-updates-april-2025/");
        hs2028.StatusNote.Should().Contain("no source found confirms");
    }

    [Fact]
    public void Membership_173InMid2008_FromTheKyodoReport()
    {
        var figure = Kb.MembershipOn(D("2008-07-01")).Published.Figure!;

        figure.Value.Should().Be(173);
        figure.AsOf.Should().Be(D("2008-07-01"), "a count's as-of is its source's date");
        figure.Status.Should().Be(FactStatus.Secondary);
        figure.Sources.Select(s => s.Url).Should().Equal("http://m.oananews.org/node/11170");
        Kb.MembershipOn(D("2008-06-30")).Published.Figure!.Value.Should().Be(171);
    }

    [Fact]
    public void Danet_EndDateCitesThe2008Reports()
    {
        var danet = Kb.GetItem<SecretaryGeneral>("secretary-general-michel-danet");

        danet.TermEnd.Should().Be(D("2008-12-31"));
        danet.Sources.Select(s => s.Url).Should().Contain("http://m.oananews.org/node/11170");
        danet.StatusNote.Should().NotContain("not cited");
        danet.Status.Should().Be(FactStatus.Inferred, "his 1999 start is still inferred");
    }

    [Fact]
    public void Kosovo_SummarySaysItsRightsWereSuspendedAndItsStatusFrozen()
    {
        var kosovo = Kb.GetItem<Member>("member-kosovo");

        kosovo.Summary.Should().Contain("suspended").And.Contain("froze").And.Contain("2017").And.Contain("June 2018").And.Contain("disputed");
        kosovo.Sources.Select(s => s.Url).Should().Contain("https://www.srbija.gov.rs/vest/en/123210/membership-of-kosovo-in-wco-suspended.php");
        kosovo.MemberSince.Should().Be(D("2017-01-25"));
    }

    [Fact]
    public void SaintVincent_TheDateIsTheOfficialDateOfAccessionAndSignature_NotADeposit()
    {
        var svg = Kb.GetItem<Member>("member-saint-vincent-and-the-grenadines");

        svg.MemberSince.Should().Be(D("2025-09-17"));
        svg.MemberSinceKind.Should().Be(MembershipDateKind.Effective);
        svg.Summary.Should().Contain("accession").And.Contain("signature").And.NotContain("the day it deposited");
        svg.StatusNote.Should().Contain("not on which day it deposited");
    }

    [Fact]
    public void EquatorialGuinea_184thIsOurArithmetic()
    {
        Kb.GetItem<Member>("member-equatorial-guinea").StatusNote.Should().Contain("184th").And.Contain("arithmetic");
    }

    [Fact]
    public void History_TheEuropeanUnionsInterimRightsAreOneMilestone()
    {
        var history = Kb.Organization.History;

        history.Where(m => m.Date == D("2007-07-01")).Should().ContainSingle().Which.Key.Should().Be("european-union-interim-rights");
        history.Select(m => m.Title).Should().OnlyHaveUniqueItems();
        history.GroupBy(m => (m.Date, m.Key)).Should().OnlyContain(g => g.Count() == 1);
        history.Single(m => m.Key == "european-union-interim-rights").Sources.Select(s => s.Id).Should().Contain("src-wikipedia-wco-member-states",
            "the removed duplicate's only source stays cited");
    }

    [Fact]
    public void AsOf_IsStillTheNewestSourceDate_AndEveryNewFactIsOnOrBeforeIt()
    {
        Kb.AsOf.Should().Be(D("2026-02-03"), "the newest source is the copy of the WCO release of 3 February 2026 on International Customs Day 2026 (data 1.5.0)");
        Kb.Sources.Where(s => s.AsOf is not null).Max(s => s.AsOf!.Value).Should().Be(Kb.AsOf);
        Kb.Officers.Where(o => o.TermStart is not null).Should().OnlyContain(o => o.TermStart!.Value <= Kb.AsOf);
        Kb.Instruments.SelectMany(i => i.Editions).Should().OnlyContain(e => e.Date <= Kb.AsOf);
    }
}
