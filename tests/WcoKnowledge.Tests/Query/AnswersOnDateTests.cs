using System;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>
/// The answers for a date (staff, Secretary General, officers, editions): each follows the one rule for dates of mixed
/// precision and the one term rule, on the shipped data. Membership on a date: MemberRegistryTests and InstrumentsBodiesAndOfficesFactTests.
/// </summary>
public class AnswersOnDateTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    private static FactDate D(string text) => FactDate.Parse(text);

    [Theory]
    [InlineData("2011-12-31", null)]
    [InlineData("2012", 130)]
    [InlineData("2013-01-01", 100)]
    [InlineData("2018-04-04", 100)]
    [InlineData("2018-04-05", 125)]
    [InlineData("2024-06-30", 150)]
    public void SecretariatStaffOn_GivesTheFigureInForce(string date, int? expected)
    {
        var answer = Kb.SecretariatStaffOn(D(date));

        answer.Date.Should().Be(D(date));
        answer.Figure?.Value.Should().Be(expected);
        (answer.Figure is null).Should().Be(expected is null);
        (answer.Age is null).Should().Be(expected is null);
    }

    [Fact]
    public void SecretariatStaffOn_SaysHowOldTheFigureIs()
    {
        var answer = Kb.SecretariatStaffOn(D("2024-03-04"));

        answer.Age!.Value.TotalDays.Should().BeApproximately(3 * 365.25, 2);
        answer.IsStale.Should().BeTrue();
        answer.ToString().Should().Be("more than 150 staff (2021-03-04), in force on 2024-03-04: 3 years older than that date");
        Kb.SecretariatStaffOn(D("2021-03-04")).IsStale.Should().BeFalse();
        Kb.SecretariatStaffOn(D("2021-03-04")).ToString().Should().Be("more than 150 staff (2021-03-04), in force on 2021-03-04");
        Kb.SecretariatStaffOn(D("1990")).ToString().Should().Be("no figure on or before 1990");
    }

    [Theory]
    [InlineData("1998-06-30", null)] // Shaver's start is not known: his term covers no date
    [InlineData("1999-01-01", "secretary-general-michel-danet")]
    [InlineData("2008-12-31", "secretary-general-michel-danet")]
    [InlineData("2009", "secretary-general-kunio-mikuriya")]
    [InlineData("2023-12-31", "secretary-general-kunio-mikuriya")]
    [InlineData("2024-01-01", "secretary-general-ian-saunders")]
    [InlineData("2030", "secretary-general-ian-saunders")]
    public void SecretaryGeneralOn_FollowsTheTerms(string date, string? expectedId)
    {
        Kb.SecretaryGeneralOn(D(date))?.Id.Should().Be(expectedId);
        (Kb.SecretaryGeneralOn(D(date)) is null).Should().Be(expectedId is null);
    }

    [Fact]
    public void OfficersOn_OpenEndsOnlyForTheLastHolderOfAnOffice()
    {
        Ids(Kb.OfficersOn(D("2003"))).Should().Equal("officer-pravin-gordhan");
        Ids(Kb.OfficersOn(D("2025-01-01"))).Should().Equal("officer-edward-kieswetter", "officer-ricardo-trevino-chapa");
        Ids(Kb.OfficersOn(D("2025-07-01"))).Should().Equal("officer-bashir-adewale-adeniyi", "officer-ricardo-trevino-chapa");

        // Chorfi's term (from 2014) has no end in the sources; since data 1.4.0 his successor Davydov's start (July 2016)
        // is known, so that start ends Chorfi's term: he is in office in 2015 and no longer from July 2016.
        Ids(Kb.OfficersOn(D("2015"))).Should().Contain("officer-zouhair-chorfi");
        Ids(Kb.OfficersOn(D("2016-07-01"))).Should().Contain("officer-ruslan-davydov").And.NotContain("officer-zouhair-chorfi");

        // Kateshumbwa's term (from June 2019) has no end and his successor's start is not known: the answer for 2020
        // leaves him out rather than guess, and neither is ever "in office" after later chairs.
        Ids(Kb.OfficersOn(D("2020"))).Should().NotContain("officer-dicksons-kateshumbwa");
        Ids(Kb.OfficersOn(D("2024"))).Should().NotContain("officer-zouhair-chorfi").And.NotContain("officer-dicksons-kateshumbwa");
    }

    [Fact]
    public void EditionOn_GivesTheNewestEditionOnOrBeforeTheDate()
    {
        var safe = Kb.GetItem<Instrument>("instrument-safe-framework");

        safe.EditionOn(D("2005-05")).Should().BeNull();
        safe.EditionOn(D("2005-06-01"))!.Label.Should().Be("2005");
        safe.EditionOn(D("2016"))!.Label.Should().Be("2015");
        safe.EditionOn(D("2024"))!.Label.Should().Be("2021");
        safe.EditionOn(D("2025-06"))!.Label.Should().Be("2025");
        Kb.GetItem<Instrument>("instrument-wco-data-model").EditionOn(D("2023-10"))!.Label.Should().Be("4.0.0");
    }

    [Fact]
    public void EveryAnswerOnADate_RefusesTheDefaultDate()
    {
        var calls = new Action[]
        {
            () => Kb.MembershipOn(default), () => Kb.SecretariatStaffOn(default), () => Kb.SecretaryGeneralOn(default),
            () => Kb.OfficersOn(default), () => Kb.IsMemberOn("BE", default), () => Kb.Instruments[0].EditionOn(default),
        };

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("onDate");
        }
    }

    [Fact]
    public void FigureOnDate_IsWrittenByWcoJsonWithItsAge()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Kb.SecretariatStaffOn(D("2024-03-04")), WcoJson.GetTypeInfo<FigureOnDate>());

        json.Should().StartWith("{\"date\":\"2024-03-04\",\"figure\":{\"value\":150,").And.EndWith(",\"figureAgeInDays\":1096}");
    }

    private static string[] Ids(System.Collections.Generic.IReadOnlyList<Officer> officers) => officers.Select(o => o.Id).ToArray();
}
