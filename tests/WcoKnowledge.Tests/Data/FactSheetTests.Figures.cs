using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>Dated figures: membership, world trade share and Secretariat staff (fact sheet 2.3 to 2.5).</summary>
public partial class FactSheetTests
{
    [Fact]
    public void Membership_StartsWith17AtTheFirstCouncilSession()
    {
        var founding = Org.Membership[0];

        founding.Value.Should().Be(17);
        founding.AsOf.Should().Be(FactDate.Parse("1953-01-26"));
        founding.Qualifier.Should().Be(FigureQualifier.Exactly);
        founding.Status.Should().Be(FactStatus.Confirmed);
        Org.Membership.Should().ContainSingle(f => f.Value == 17);
    }

    [Fact]
    public void Membership_Has177In2012AsTheSeedSays()
    {
        var figure = Org.Membership.Should().ContainSingle(f => f.Value == 177).Which;

        figure.AsOf.Year.Should().Be(2012);
        figure.Qualifier.Should().Be(FigureQualifier.Exactly);
    }

    [Fact]
    public void CurrentMembership_Is187AsOf17September2025()
    {
        var current = Org.CurrentMembership;

        current.Value.Should().Be(187);
        current.AsOf.Should().Be(FactDate.Parse("2025-09-17"));
        current.Qualifier.Should().Be(FigureQualifier.Exactly);
        current.Status.Should().Be(FactStatus.Secondary, "known only from third-party copies of the WCO release");
        Org.Membership.Max(f => f.Value).Should().Be(187);
    }

    [Theory]
    [InlineData(179, "2013")]
    [InlineData(180, "2015-06")]
    [InlineData(184, "2022-06-25")]
    [InlineData(185, "2023-01-26")]
    [InlineData(186, "2024-02-02")]
    public void Membership_HasTheFactSheetCounts(int value, string asOf)
    {
        Org.Membership.Should().ContainSingle(f => f.Value == value).Which.AsOf.Should().Be(FactDate.Parse(asOf));
    }

    [Fact]
    public void WorldTradeShare_IsAbout98Percent()
    {
        var share = Org.WorldTradeShare;

        share.Value.Should().Be(98);
        share.Unit.Should().Be("percent");
        share.Qualifier.Should().Be(FigureQualifier.Approximately);
        share.Status.Should().Be(FactStatus.Confirmed);
    }

    [Fact]
    public void SecretariatStaff_KeepsTheSeedsMoreThan130AsUnconfirmed()
    {
        var seedFigure = Org.SecretariatStaff.Should().ContainSingle(f => f.Value == 130).Which;

        seedFigure.Qualifier.Should().Be(FigureQualifier.MoreThan);
        seedFigure.Status.Should().Be(FactStatus.Unconfirmed);
        seedFigure.Sources.Should().OnlyContain(s => s.Kind == SourceKind.SeedText);
        seedFigure.Note.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void SecretariatStaff_NewestIsMoreThan150AsOf4March2021()
    {
        var newest = Org.SecretariatStaff[^1];

        newest.Value.Should().Be(150);
        newest.Qualifier.Should().Be(FigureQualifier.MoreThan);
        newest.AsOf.Should().Be(FactDate.Parse("2021-03-04"));
        newest.Status.Should().Be(FactStatus.Confirmed);
        newest.Sources.Should().ContainSingle().Which.Id.Should().Be("src-wco-secretariat-2021");
    }
}
