using System;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>FromYear, FromYearMonth and FromYearMonthDay.</summary>
public partial class FactDateTests
{
    [Fact]
    public void Factories_ValidParts_GiveTheSameDatesAsParse()
    {
        FactDate.FromYear(1994).Should().Be(FactDate.Parse("1994"));
        FactDate.FromYearMonth(1994, 6).Should().Be(FactDate.Parse("1994-06"));
        FactDate.FromYearMonthDay(1953, 1, 26).Should().Be(FactDate.Parse("1953-01-26"));
        FactDate.FromYearMonthDay(2024, 2, 29).ToString().Should().Be("2024-02-29");
        FactDate.FromYear(1).ToString().Should().Be("0001");
        FactDate.FromYear(9999).Month.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void FromYear_OutOfRange_ThrowsForYear(int year)
    {
        Action act = () => FactDate.FromYear(year);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
    }

    [Theory]
    [InlineData(1994, 13, "month")]
    [InlineData(1994, -1, "month")]
    [InlineData(0, 6, "year")]
    [InlineData(10000, 1, "year")]
    public void FromYearMonth_OutOfRange_ThrowsForThePart(int year, int month, string param)
    {
        Action act = () => FactDate.FromYearMonth(year, month);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(param);
    }

    [Theory]
    [InlineData(2023, 2, 29, "day")]
    [InlineData(1994, 6, 31, "day")]
    [InlineData(1994, 6, 32, "day")]
    [InlineData(1994, 6, -1, "day")]
    [InlineData(1994, 13, 1, "month")]
    [InlineData(1994, 0, 5, "month")]
    [InlineData(0, 1, 1, "year")]
    public void FromYearMonthDay_OutOfRange_ThrowsForThePart(int year, int month, int day, string param)
    {
        Action act = () => FactDate.FromYearMonthDay(year, month, day);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(param);
    }

    [Fact]
    public void FromYearMonth_MonthZero_Throws()
    {
        Action act = () => FactDate.FromYearMonth(1994, 0);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("month");
    }

    [Fact]
    public void FromYearMonthDay_DayZero_Throws()
    {
        Action act = () => FactDate.FromYearMonthDay(1994, 6, 0);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
    }
}
