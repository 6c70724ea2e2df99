using System.Globalization;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>The hand-written number text that replaces the runtime's formatting on the first-answer path gives the same text.</summary>
public class DecimalTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(187)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Of_Edges_MatchesInvariantToString(int value)
        => DecimalText.Of(value).Should().Be(value.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Of_AnyInt_MatchesInvariantToString()
        => Gen.Int.Sample(value => DecimalText.Of(value).Should().Be(value.ToString(CultureInfo.InvariantCulture)), iter: 10_000);

    [Fact]
    public void FactDateToString_AnyDate_MatchesTheIsoFormat()
    {
        Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[1, 28]).Sample(
            t =>
            {
                var (year, month, day) = t;
                var date = month == 0 ? FactDate.FromYear(year) : day % 2 == 0 ? FactDate.FromYearMonth(year, month) : FactDate.FromYearMonthDay(year, month, day);
                var expected = month == 0
                    ? year.ToString("D4", CultureInfo.InvariantCulture)
                    : day % 2 == 0
                        ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month)
                        : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day);

                date.ToString().Should().Be(expected);
            },
            iter: 10_000);
    }
}
