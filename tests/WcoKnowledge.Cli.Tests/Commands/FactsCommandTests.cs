using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class FactsCommandTests
{
    private static readonly Organization _wco = WcoKnowledgeBase.Default.Organization;

    [Fact]
    public void Facts_PrintsEveryDatedFact()
    {
        var result = Wco.Line("facts").ShouldSucceed();

        result.Stdout.Should().Contain("Customs Co-operation Council (CCC)")
            .And.Contain("1950-12-15")
            .And.Contain("1952-11-04")
            .And.Contain("1953-01-26 (International Customs Day)")
            .And.Contain("Rue du Marché 30");
        foreach (var figure in _wco.Membership.Concat(_wco.SecretariatStaff).Append(_wco.WorldTradeShare))
        {
            result.Lines.Should().Contain(line => line.StartsWith($"  {figure}", System.StringComparison.Ordinal), "every figure is listed with its date: {0}", figure);
        }

        _wco.History.Should().OnlyContain(milestone => result.Stdout.Contains(milestone.Date + "  "));
    }

    [Fact]
    public void Facts_Json_HasTheSeriesAndTheNamedFacts()
    {
        var o = Wco.Line("facts --json").ShouldSucceed().Json().GetProperty("organization");

        o.GetProperty("legalName").GetString().Should().Be("Customs Co-operation Council");
        o.GetProperty("establishingConvention").GetProperty("signedOn").GetString().Should().Be("1950-12-15");
        o.GetProperty("headquarters").GetProperty("city").GetString().Should().Be("Brussels");
        o.GetProperty("membership").EnumerateArray().Select(f => f.GetProperty("value").GetInt32()).Should().Equal(_wco.Membership.Select(f => f.Value));
        o.GetProperty("membership").EnumerateArray().Select(f => f.GetProperty("asOf").GetString()).Should().Equal(_wco.Membership.Select(f => f.AsOf.ToString()));
        o.GetProperty("secretariatStaff").GetArrayLength().Should().Be(_wco.SecretariatStaff.Count);
        o.GetProperty("secretariatStaff")[0].GetProperty("qualifier").GetString().Should().Be("moreThan");
        o.GetProperty("history").GetArrayLength().Should().Be(_wco.History.Count);
    }

    [Theory]
    [InlineData("1953-01-26", 17)]
    [InlineData("1990", 17)]
    [InlineData("2010", 174)]
    [InlineData("2018", 180)] // a partial date stands for its first day; 182 is dated July 2018
    [InlineData("2018-07", 182)]
    [InlineData("2018-07-31", 182)]
    [InlineData("2018-08-01", 183)] // 183 ("2018") follows 182 ("2018-07") and counts from the day after July
    [InlineData("2018-12-31", 183)]
    [InlineData("2025", 186)]
    [InlineData("2025-09-17", 187)]
    [InlineData("2100", 187)]
    public void Facts_AsOf_GivesTheNewestMemberCountDatedOnOrBeforeTheDate(string date, int members)
    {
        var json = Wco.Run("facts", "--as-of", date, "--json").ShouldSucceed().Json();
        json.GetProperty("on").GetProperty("date").GetString().Should().Be(date);
        json.GetProperty("on").GetProperty("membership").GetProperty("publishedFigure").GetProperty("value").GetInt32().Should().Be(members);

        var human = Wco.Run("facts", "--as-of", date).ShouldSucceed();
        human.Lines.Should().Contain(line => line.StartsWith("  Members", System.StringComparison.Ordinal) && line.Contains($" {members} members ("));
    }

    [Fact]
    public void Facts_AsOf_TheLastDayOfEachFiguresDate_GivesThatFigure()
    {
        foreach (var figure in _wco.Membership)
        {
            var (year, month, day) = (figure.AsOf.Year, figure.AsOf.Month ?? 12, figure.AsOf.Day);
            var lastDay = FactDate.FromYearMonthDay(year, month, day ?? System.DateTime.DaysInMonth(year, month));
            Wco.Run("facts", "--as-of", lastDay.ToString(), "--json").ShouldSucceed().Json()
                .GetProperty("on").GetProperty("membership").GetProperty("publishedFigure").GetProperty("value").GetInt32().Should().Be(figure.Value, lastDay.ToString());
        }
    }

    [Fact]
    public void Facts_AsOf_ShowsTheStaffFigureAndTheHistoryUpToTheDate()
    {
        var json = Wco.Line("facts --as-of 2019 --json").ShouldSucceed().Json();
        json.GetProperty("on").GetProperty("secretariatStaff").GetProperty("figure").GetProperty("value").GetInt32().Should().Be(125);
        var none = Wco.Line("facts --as-of 2000 --json").ShouldSucceed().Json().GetProperty("on").GetProperty("secretariatStaff");
        none.GetProperty("date").GetString().Should().Be("2000");
        none.GetProperty("figure").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        Wco.Line("facts --as-of 2000").ShouldSucceed().Stdout.Should().Contain("  Secretariat    no figure on or before 2000\n");

        var human = Wco.Line("facts --as-of 1960").ShouldSucceed();
        human.Stdout.Should().Contain("1953-01-26  Inaugural Council session").And.NotContain("1994  ");
    }

    [Fact]
    public void Facts_ListsTheSecretariesGeneral_WithTheirTerms()
    {
        var result = Wco.Line("facts").ShouldSucceed();

        result.Stdout.Should().Contain("\nSecretaries General\n"
            + "  ?           James W. Shaver (not stated by the sources), until 1999 [inferred]\n"
            + "  1999        Michel Danet (France), until 2008-12-31 [inferred]\n"
            + "  2009-01-01  Kunio Mikuriya (Japan), until 2023-12-31\n"
            + "  2024-01-01  Ian Saunders (United States), in office\n");

        var json = Wco.Line("facts --json").ShouldSucceed().Json();
        Wco.Ids(json.GetProperty("secretariesGeneral")).Should().Equal(WcoKnowledgeBase.Default.SecretariesGeneral.Select(leader => leader.Id));
        json.GetProperty("secretariesGeneral")[0].GetProperty("termStart").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "no source gives Shaver's start");
        json.GetProperty("secretariesGeneral")[1].GetProperty("termStart").GetString().Should().Be("1999");
    }

    [Theory]
    [InlineData("1998", null)]
    [InlineData("1999-03", "secretary-general-michel-danet")]
    [InlineData("2008", "secretary-general-michel-danet")]
    [InlineData("2008-12-31", "secretary-general-michel-danet")]
    [InlineData("2009", "secretary-general-kunio-mikuriya")]
    [InlineData("2023-12", "secretary-general-kunio-mikuriya")]
    [InlineData("2024", "secretary-general-ian-saunders")]
    [InlineData("2100", "secretary-general-ian-saunders")]
    public void Facts_AsOf_NamesTheSecretaryGeneralInOffice(string date, string? id)
    {
        var on = Wco.Run("facts", "--as-of", date, "--json").ShouldSucceed().Json().GetProperty("on").GetProperty("secretaryGeneral");
        if (id is null)
        {
            on.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
            Wco.Run("facts", "--as-of", date).ShouldSucceed().Stdout.Should().Contain($"  Sec. General   none recorded on {date} (the first recorded term starts 1999)");
        }
        else
        {
            on.GetProperty("id").GetString().Should().Be(id);
            var leader = WcoKnowledgeBase.Default.GetItem<SecretaryGeneral>(id);
            Wco.Run("facts", "--as-of", date).ShouldSucceed().Lines.Should().Contain(line => line.StartsWith($"  Sec. General   {leader.Title} ({leader.Country}), ", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Facts_AsOf_Json_IsExactlyTheLibrarysAnswers()
    {
        var kb = WcoKnowledgeBase.Default;
        foreach (var text in new[] { "1953-01-26", "2000-01-01", "2012-06", "2018", "2018-07", "2024-02-02", "2024-07-01", "2026" })
        {
            var date = FactDate.Parse(text);
            var on = Wco.Run("facts", "--as-of", text, "--json").ShouldSucceed().Json().GetProperty("on");

            on.GetProperty("date").GetString().Should().Be(text);
            Library.Compact(on.GetProperty("membership")).Should().Be(Library.Json(kb.MembershipOn(date)), text);
            Library.Compact(on.GetProperty("secretariatStaff")).Should().Be(Library.Json(kb.SecretariatStaffOn(date)), text);
            Library.Compact(on.GetProperty("officers")).Should().Be(Library.Json(kb.OfficersOn(date)), text);
            if (kb.SecretaryGeneralOn(date) is { } leader)
            {
                Library.Compact(on.GetProperty("secretaryGeneral")).Should().Be(Library.Json(leader), text);
            }
        }
    }

    [Fact]
    public void Facts_AsOf_ListsTheOfficersInOffice()
    {
        var officers = WcoKnowledgeBase.Default.OfficersOn(FactDate.Parse("2024-07-01"));
        officers.Should().NotBeEmpty("the test needs a date with officers in office");

        var human = Wco.Line("facts --as-of 2024-07-01").ShouldSucceed();

        human.Lines.Should().Contain(line => line.StartsWith($"  Officers       {officers[0].Title} ({officers[0].Country}), ", System.StringComparison.Ordinal));
        officers.Should().OnlyContain(officer => human.Stdout.Contains($"{officer.Title} ({officer.Country}), "));
        Wco.Ids(Wco.Line("facts --as-of 2024-07-01 --json").ShouldSucceed().Json().GetProperty("on").GetProperty("officers"))
            .Should().Equal(officers.Select(officer => officer.Id));
    }

    [Theory]
    [InlineData("2010-13")]
    [InlineData("2010-02-30")]
    [InlineData("10")]
    [InlineData("yesterday")]
    [InlineData("2010/01/01")]
    public void Facts_AsOf_AnInvalidDate_IsAUsageError(string date)
    {
        Wco.Run("facts", "--as-of", date).ShouldFail(2).Stderr.Should().Contain("is not a date").And.Contain("yyyy-MM-dd");
    }

    [Fact]
    public void Facts_AsOf_BeforeTheFirstCount_IsNotFound()
    {
        Wco.Line("facts --as-of 1900").ShouldFail(1).Stderr.Should().Contain("The earliest is 17 members (1953-01-26)");
    }

    [Fact]
    public void Facts_AsOf2000_SaysTheOldFigureIsNotTheCountThen_AndGivesTheRegistrysCount()
    {
        var answer = WcoKnowledgeBase.Default.MembershipOn(FactDate.Parse("2000-01-01"));

        var human = Wco.Line("facts --as-of 2000-01-01").ShouldSucceed().Stdout;
        var json = Wco.Line("facts --as-of 2000-01-01 --json").ShouldSucceed().Json().GetProperty("on");

        answer.Published.IsStale.Should().BeTrue();
        human.Should().Contain("17 members (1953-01-26)").And.Contain("47 years older than 2000-01-01; it is").And.Contain("not the\n                 value on that date");
        human.Should().Contain($"{answer.RegistryCount} Members with a known joining date on or before 2000-01-01");
        json.GetProperty("membership").GetProperty("registryCount").GetInt32().Should().Be(answer.RegistryCount);
        json.GetProperty("membership").GetProperty("publishedFigureAgeInDays").GetInt32().Should().Be((int)answer.Published.Age!.Value.TotalDays);
    }

    [Fact]
    public void Facts_AsOf_AFigureOfTheSameYear_HasNoStalenessNote()
    {
        WcoKnowledgeBase.Default.MembershipOn(FactDate.Parse("2025-09-17")).Published.IsStale.Should().BeFalse();
        var human = Wco.Line("facts --as-of 2025-09-17").ShouldSucceed().Stdout;
        var members = human[human.IndexOf("  Members", System.StringComparison.Ordinal)..human.IndexOf("  Registry", System.StringComparison.Ordinal)];
        members.Should().Contain("187 members (2025-09-17)").And.NotContain("older than");
        human.Should().Contain("older than 2025-09-17", "the staff figure of 2021 is stale on that date");
    }
}
