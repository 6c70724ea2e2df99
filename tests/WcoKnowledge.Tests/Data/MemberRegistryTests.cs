using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>The member registry (dataset 1.3.0, format 3): its rows, its counts against the published figures, and the queries over it.</summary>
public class MemberRegistryTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void Registry_AtTheDatasetsAsOf_CountsTheCurrentMembershipFigure()
    {
        var current = Kb.Organization.CurrentMembership;
        var answer = Kb.MembershipOn(Kb.AsOf);

        current.Value.Should().Be(187);
        Kb.Members.Should().HaveCount(current.Value, "every Member today, dated or not");
        (answer.RegistryCount + answer.MembersWithoutDate).Should().Be(current.Value);
    }

    [Fact]
    public void Registry_AgreesWithEveryPublishedFigure_OrTheFigureSaysWhyNot()
    {
        foreach (var figure in Kb.Organization.Membership)
        {
            var registry = Kb.MembershipOn(LastDay(figure.AsOf)).RegistryCount;

            if (registry != figure.Value)
            {
                figure.Note.Should().Contain("registry", "{0} differs from the registry's {1}; the figure's note must explain it", figure, registry);
            }
        }

        Kb.Organization.Membership.Count(f => Kb.MembershipOn(LastDay(f.AsOf)).RegistryCount == f.Value).Should().BeGreaterThan(2, "the founders, 2003 and 2011 agree exactly");
    }

    [Fact]
    public void EveryRow_IsCitedAndPlaced()
    {
        foreach (var member in Kb.Members)
        {
            member.Id.Should().StartWith("member-");
            member.Sources.Should().NotBeEmpty();
            Kb.Regions.Should().Contain(member.Region);
            if (member.MemberSince is null)
            {
                member.MemberSinceKind.Should().Be(MembershipDateKind.Unknown);
                member.Status.Should().BeOneOf(FactStatus.Unconfirmed, FactStatus.Inferred);
            }
        }

        Kb.Members.Select(m => m.IsoAlpha2).Where(c => c is not null).Should().OnlyHaveUniqueItems();
        Kb.Members.Select(m => m.IsoAlpha3).Where(c => c is not null).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Regions_HoldTheirMembers()
    {
        Kb.Regions.Sum(r => Kb.GetMembers(r).Count).Should().Be(Kb.Members.Count);
        Kb.GetMembers(Kb.GetItem<Region>("region-asia-pacific")).Should().HaveCount(35, "the Asia/Pacific regional office lists 35")
            .And.Contain(m => m.IsoAlpha2 == "PW");
        Kb.GetMembers(Kb.GetItem<Region>("region-west-and-central-africa")).Should().HaveCount(24);
    }

    [Theory]
    [InlineData("BE", "Belgium")]
    [InlineData("be", "Belgium")]
    [InlineData("BEL", "Belgium")]
    [InlineData("tur", "Türkiye")]
    [InlineData("HK", "Hong Kong, China")]
    [InlineData("MO", "Macao, China")]
    [InlineData("VC", "Saint Vincent and the Grenadines")]
    public void GetMember_ByIsoCode_IgnoringCase(string code, string title)
    {
        Kb.GetMember(code).Title.Should().Be(title);
    }

    [Fact]
    public void GetMember_UnknownCode_ThrowsWithTheCodeAndKind()
    {
        var act = () => Kb.GetMember("EU");

        var e = act.Should().Throw<KnowledgeItemNotFoundException>().Which;
        e.Key.Should().Be("EU");
        e.Kind.Should().Be(KnowledgeKind.Member);
        e.Message.Should().Contain("'EU'").And.Contain("Search");
        Kb.TryGetMember("XK", out _).Should().BeFalse("ISO assigns Kosovo no code");
        Kb.GetItem<Member>("member-kosovo").CodeNote.Should().Contain("user-assigned");
        ((Action)(() => Kb.GetMember(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void EuropeanUnion_IsNotAMember_AndItsPositionIsRecorded()
    {
        Kb.Members.Should().NotContain(m => m.Title.Contains("European Union", StringComparison.Ordinal));
        var milestone = Kb.Organization.History.Single(m => m.Key == "european-union-interim-rights");
        milestone.Date.Should().Be(FactDate.FromYearMonthDay(2007, 7, 1));
        milestone.Status.Should().Be(FactStatus.Secondary);
    }

    [Fact]
    public void IsMemberOn_FollowsTheJoiningDate()
    {
        Kb.IsMemberOn("SB", FactDate.Parse("2023-01-25")).Should().BeFalse();
        Kb.IsMemberOn("SB", FactDate.Parse("2023-01-26")).Should().BeTrue("Solomon Islands became the 185th Member on 26 January 2023");
        Kb.IsMemberOn("PLW", FactDate.Parse("2024-02-02")).Should().BeTrue();
        Kb.IsMemberOn("SR", FactDate.Parse("2018-06-01")).Should().BeFalse("Suriname's date is the year 2018 only: membership is certain from its end");
        Kb.IsMemberOn("SR", FactDate.Parse("2019")).Should().BeTrue();
        Kb.IsMemberOn("BE", FactDate.Parse("1953-01-26")).Should().BeTrue("a founder");
        Kb.IsMemberOn("GQ", FactDate.Parse("2010")).Should().BeFalse("Equatorial Guinea's date is unknown: only the dataset's date vouches for it");
        Kb.IsMemberOn("GQ", Kb.AsOf).Should().BeTrue();
        Kb.IsMemberOn("ZZ", Kb.AsOf).Should().BeFalse();
        ((Action)(() => Kb.IsMemberOn("BE", default))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void MembershipOn_2000_SaysHowOldThePublishedFigureIs()
    {
        var answer = Kb.MembershipOn(FactDate.Parse("2000-01-01"));

        answer.Published.Figure!.Value.Should().Be(17, "the series has no published figure between 1953 and 2003");
        answer.Published.Age!.Value.TotalDays.Should().BeGreaterThan(46 * 365);
        answer.Published.IsStale.Should().BeTrue();
        answer.RegistryCount.Should().BeInRange(140, 160);
        answer.ToString().Should().Contain("Members by the registry on 2000-01-01").And.Contain("47 years older than that date");
    }

    [Theory]
    [InlineData("Turkey", "member-turkiye")]
    [InlineData("Ivory Coast", "member-cote-divoire")]
    [InlineData("Swaziland", "member-eswatini")]
    [InlineData("Belgium", "member-belgium")]
    public void Search_FindsMembersByNameAndAlias(string query, string expectedId)
    {
        Kb.Search(query, new SearchOptions { Kind = KnowledgeKind.Member })[0].Item.Id.Should().Be(expectedId);
    }

    [Fact]
    public void Holland_IsNotAnAliasOfTheNetherlands()
    {
        Kb.GetMember("NL").Aliases.Should().NotContain(a => a.Contains("Holland", StringComparison.OrdinalIgnoreCase));
    }

    private static FactDate LastDay(FactDate date)
    {
        var month = date.Month ?? 12;
        var day = date.Day ?? DateTime.DaysInMonth(date.Year, month);
        return FactDate.FromYearMonthDay(date.Year, month, day);
    }
}
