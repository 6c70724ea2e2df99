using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

public class DatedFigureTests
{
    private static Organization Org => WcoKnowledgeBase.Default.Organization;

    [Fact]
    public void ToString_DatasetFigures_ReadAsTheSourceWordsThem()
    {
        Org.CurrentMembership.ToString().Should().Be("187 members (2025-09-17)");
        Org.WorldTradeShare.ToString().Should().Be("about 98 percent (2023-06-28)");
        Org.SecretariatStaff[^1].ToString().Should().Be("more than 150 staff (2021-03-04)");
        Org.Membership[0].ToString().Should().Be("17 members (1953-01-26)");
    }

    [Theory]
    [InlineData(FigureQualifier.Exactly, "17 members (1953-01-26)")]
    [InlineData(FigureQualifier.AtLeast, "at least 17 members (1953-01-26)")]
    [InlineData(FigureQualifier.MoreThan, "more than 17 members (1953-01-26)")]
    [InlineData(FigureQualifier.Approximately, "about 17 members (1953-01-26)")]
    [InlineData((FigureQualifier)99, "17 members (1953-01-26)")]
    public void ToString_EachQualifier_PrefixesTheValue(FigureQualifier qualifier, string expected)
    {
        // 'with' copies the figure; the shared instance is left untouched.
        var figure = Org.Membership[0] with { Qualifier = qualifier };

        figure.ToString().Should().Be(expected);
        Org.Membership[0].Qualifier.Should().Be(FigureQualifier.Exactly);
    }

    [Fact]
    public void ToString_UsesInvariantDigitsAndTheDatePrecision()
    {
        var figure = Org.Membership[0] with { Value = 1234567, AsOf = FactDate.FromYear(2012), Unit = "members" };

        figure.ToString().Should().Be("1234567 members (2012)");
    }
}
