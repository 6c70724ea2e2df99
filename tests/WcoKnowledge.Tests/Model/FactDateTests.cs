using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>Parsing, formatting, ordering and equality of <see cref="FactDate"/>. Factories: FactDateTests.Factories.cs.</summary>
public partial class FactDateTests
{
    private static readonly string[] _orderedTexts = { "1993-12-31", "1994", "1994-01", "1994-01-01", "1994-01-02", "1994-02", "1994-12-31", "1995" };
    private static readonly int[] _shuffle = { 5, 0, 7, 2, 6, 1, 4, 3 };

    [Theory]
    [InlineData("1994", 1994, null, null)]
    [InlineData("1994-06", 1994, 6, null)]
    [InlineData("1953-01-26", 1953, 1, 26)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001", 1, null, null)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Parse_ValidText_GivesPartsAtItsPrecision(string text, int year, int? month, int? day)
    {
        var date = FactDate.Parse(text);

        date.Year.Should().Be(year);
        date.Month.Should().Be(month);
        date.Day.Should().Be(day);
        FactDate.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(date);
    }

    [Theory]
    [InlineData("1994")]
    [InlineData("1994-06")]
    [InlineData("1953-01-26")]
    [InlineData("0042-01")]
    [InlineData("2000-02-29")]
    public void ToString_RoundTripsThroughParse(string text)
    {
        var date = FactDate.Parse(text);

        date.ToString().Should().Be(text);
        FactDate.Parse(date.ToString()).Should().Be(date);
    }

    [Theory]
    [InlineData("1994-13")]
    [InlineData("1994-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("1994-06-31")]
    [InlineData("94")]
    [InlineData("")]
    [InlineData("1994-1")]
    [InlineData("1994-00")]
    [InlineData("1994-06-00")]
    [InlineData("0000")]
    [InlineData("0000-01-01")]
    [InlineData("1994-6-01")]
    [InlineData("1994/06")]
    [InlineData("1994-06/01")]
    [InlineData("19940")]
    [InlineData(" 1994")]
    [InlineData("1994 ")]
    [InlineData("abcd")]
    [InlineData("-994")]
    [InlineData("1994-")]
    [InlineData("1994-06-1x")]
    [InlineData("\uff11\uff19\uff19\uff14")] // full-width digits
    [InlineData("1994-06-01T00:00")]
    public void TryParse_InvalidText_ReturnsFalseAndDefault(string text)
    {
        FactDate.TryParse(text, out var date).Should().BeFalse();
        date.Should().Be(default(FactDate));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        FactDate.TryParse(null, out var date).Should().BeFalse();
        date.Should().Be(default(FactDate));
    }

    [Theory]
    [InlineData("1994-13")]
    [InlineData("1994-02-30")]
    [InlineData("94")]
    [InlineData("")]
    [InlineData("1994-1")]
    public void Parse_InvalidText_ThrowsFormatExceptionQuotingIt(string text)
    {
        Action act = () => FactDate.Parse(text);

        act.Should().ThrowExactly<FormatException>().WithMessage($"*'{text}'*yyyy*");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action act = () => FactDate.Parse(null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void CompareTo_MissingPartOrdersBeforeAnyPresentOne()
    {
        var expected = _orderedTexts.Select(FactDate.Parse).ToList();
        var shuffled = _shuffle.Select(i => expected[i]).ToList();

        shuffled.Sort();

        shuffled.Should().Equal(expected);
        FactDate.Parse("1994").CompareTo(FactDate.Parse("1994-01")).Should().BeNegative();
        FactDate.Parse("1994-01").CompareTo(FactDate.Parse("1994-01-01")).Should().BeNegative();
        FactDate.Parse("1994-01-01").CompareTo(FactDate.Parse("1994")).Should().BePositive();
        FactDate.Parse("1994-01").CompareTo(FactDate.Parse("1994-01")).Should().Be(0);
    }

    [Theory]
    [InlineData("1994", "1994-01")]
    [InlineData("1994-01", "1994-01-01")]
    [InlineData("1994-01-31", "1994-02")]
    [InlineData("1994-12-31", "1995")]
    [InlineData("0001", "9999-12-31")]
    public void Operators_OrderEarlierBeforeLater(string earlierText, string laterText)
    {
        var earlier = FactDate.Parse(earlierText);
        var later = FactDate.Parse(laterText);

        (earlier < later).Should().BeTrue();
        (earlier <= later).Should().BeTrue();
        (later > earlier).Should().BeTrue();
        (later >= earlier).Should().BeTrue();
        (earlier > later).Should().BeFalse();
        (earlier >= later).Should().BeFalse();
        (later < earlier).Should().BeFalse();
        (later <= earlier).Should().BeFalse();
        (earlier == later).Should().BeFalse();
        (earlier != later).Should().BeTrue();
    }

    [Fact]
    public void Operators_EqualDates_AreEqualAndNotOrdered()
    {
        var a = FactDate.Parse("1953-01-26");
        var b = FactDate.FromYearMonthDay(1953, 1, 26);

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
    }

    [Fact]
    public void Equals_ComparesEveryPartAndPrecision()
    {
        var year = FactDate.Parse("1994");

        year.Equals(FactDate.FromYear(1994)).Should().BeTrue();
        year.Equals((object)FactDate.FromYear(1994)).Should().BeTrue();
        year.GetHashCode().Should().Be(FactDate.FromYear(1994).GetHashCode());
        year.Equals(FactDate.Parse("1994-01")).Should().BeFalse("a year is not its first month");
        FactDate.Parse("1994-01").Equals(FactDate.Parse("1994-01-01")).Should().BeFalse("a month is not its first day");
        year.Equals(FactDate.FromYear(1995)).Should().BeFalse();
        year.Equals((object)"1994").Should().BeFalse();
        year.Equals(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("1994", 1994, 1, 1)]
    [InlineData("1994-06", 1994, 6, 1)]
    [InlineData("1953-01-26", 1953, 1, 26)]
    public void ToEarliestDateTime_GivesTheFirstDayInside(string text, int year, int month, int day)
    {
        var dateTime = FactDate.Parse(text).ToEarliestDateTime();

        dateTime.Should().Be(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified));
        dateTime.Kind.Should().Be(DateTimeKind.Unspecified);
    }

    [Fact]
    public void Default_IsNotADate()
    {
        var date = default(FactDate);
        Action act = () => date.ToEarliestDateTime();

        act.Should().ThrowExactly<InvalidOperationException>();
        date.Year.Should().Be(0);
        date.Month.Should().BeNull();
        date.Day.Should().BeNull();
        date.Should().NotBe(FactDate.FromYear(1));
        (date < FactDate.FromYear(1)).Should().BeTrue();
    }
}
