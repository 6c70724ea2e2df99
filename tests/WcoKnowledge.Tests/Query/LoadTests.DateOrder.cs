using System;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>The date-order rule for dates of different precision (Data/README.md, "Date order").</summary>
public partial class LoadTests
{
    [Theory]
    [InlineData("2007-12", "2007")] // a year after a month inside it: the file order says which came first
    [InlineData("2007", "2007-12")]
    [InlineData("2007-12-05", "2007-12")]
    [InlineData("2007-12", "2007-12-05")]
    public void Load_DatesOfDifferentPrecisionThatOverlap_KeepTheFileOrder(string first, string second)
    {
        var json = TestDataset.Mutate(root =>
        {
            var membership = root["organization"]!["membership"]!;
            membership[1]!["asOf"] = first;
            membership[2]!["asOf"] = second;
        });

        var kb = TestDataset.Load(json);

        kb.Organization.Membership[1].AsOf.Should().Be(FactDate.Parse(first));
        kb.Organization.Membership[2].AsOf.Should().Be(FactDate.Parse(second));
    }

    [Theory]
    [InlineData("2008", "2007-12", null, "$.organization.membership[2]")]
    [InlineData("2007-12", "2007", "2007-03", "$.organization.membership[3]")] // before the month two entries back
    [InlineData("2007-12-05", "2007-12-04", null, "$.organization.membership[2]")]
    public void Load_ADateWhollyBeforeAnEarlierEntry_IsRefused(string first, string second, string? third, string path)
    {
        var json = TestDataset.Mutate(root =>
        {
            var membership = root["organization"]!["membership"]!;
            membership[1]!["asOf"] = first;
            membership[2]!["asOf"] = second;
            if (third is not null)
            {
                membership[3]!["asOf"] = third;
            }
        });

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().ContainSingle().Which.Should().Contain(path).And.Contain("date order");
    }

    [Fact]
    public void MembershipAsOf_AYearFigureAfterAMonthInsideIt_CountsFromTheMonthsEnd()
    {
        var json = TestDataset.Mutate(root =>
        {
            var membership = root["organization"]!["membership"]!;
            membership[1]!["asOf"] = "2007-06";
            membership[2]!["asOf"] = "2007";
        });
        var kb = TestDataset.Load(json);
        var o = kb.Organization;
        var (june, year) = (o.Membership[1], o.Membership[2]);
        DatedFigure? On(string date) => kb.MembershipOn(FactDate.Parse(date)).Published.Figure;

        On("2007-05-31").Should().BeSameAs(o.Membership[0]);
        On("2007").Should().BeSameAs(o.Membership[0], "a partial date stands for its first day");
        On("2007-06-30").Should().BeSameAs(june);
        On("2007-07-01").Should().BeSameAs(year);
        On("2007-12-31").Should().BeSameAs(year);
    }

    [Fact]
    public void FactDatePeriods_FirstLastAndContainment()
    {
        FactDatePeriods.Last(FactDate.Parse("2024-02")).Should().Be(new DateTime(2024, 2, 29));
        FactDatePeriods.Last(FactDate.Parse("2018")).Should().Be(new DateTime(2018, 12, 31));
        FactDatePeriods.Last(FactDate.Parse("2018-07-15")).Should().Be(new DateTime(2018, 7, 15));
        FactDatePeriods.StrictlyContains(FactDate.Parse("2018"), FactDate.Parse("2018-07")).Should().BeTrue();
        FactDatePeriods.StrictlyContains(FactDate.Parse("2018-07"), FactDate.Parse("2018")).Should().BeFalse();
        FactDatePeriods.StrictlyContains(FactDate.Parse("2018"), FactDate.Parse("2018")).Should().BeFalse();
        FactDatePeriods.IsWhollyBefore(FactDate.Parse("2018"), FactDate.Parse("2018-07")).Should().BeFalse();
        FactDatePeriods.IsWhollyBefore(FactDate.Parse("2018-06"), FactDate.Parse("2018-07")).Should().BeTrue();
    }
}
