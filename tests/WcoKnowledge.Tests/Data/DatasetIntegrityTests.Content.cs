using System;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>Order, figures and dates in the embedded dataset, where the data's own rules go beyond the loader's.</summary>
public partial class DatasetIntegrityTests
{
    [Fact]
    public void History_IsInDateOrder()
    {
        // Stricter than the loader, which lets a year and a month inside it keep either order: the history is told
        // milestone by milestone, so each one sorts after the one before.
        Kb.Organization.History.Select(m => m.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void FigureSeries_CountMembersAndStaff()
    {
        // The unit is free text to the loader; the API and the tool print it, so a slip ("member") would show.
        Kb.Organization.Membership.Should().OnlyContain(f => f.Unit == "members");
        Kb.Organization.SecretariatStaff.Should().OnlyContain(f => f.Unit == "staff");
    }

    [Fact]
    public void DatedSeries_NeverDecreaseUnlessTheLowerFigureSaysWhy()
    {
        var o = Kb.Organization;
        var series = new[] { ("membership", o.Membership), ("secretariatStaff", o.SecretariatStaff) };

        foreach (var (name, figures) in series)
        {
            for (var i = 1; i < figures.Count; i++)
            {
                var (before, figure) = (figures[i - 1], figures[i]);
                if (figure.Value < before.Value)
                {
                    figure.Note.Should().NotBeNullOrWhiteSpace($"{name}[{i}] ({figure}) is lower than {before}, so its note must explain the drop");
                    figure.Note.Should().Contain(before.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{name}[{i}]'s note must name the higher figure it follows");
                }
            }
        }

        o.Membership.Select(f => f.Value).Should().BeInAscendingOrder("no membership figure explains a fall, and the count never fell");
    }

    [Fact]
    public void AsOf_IsTheNewestDateTheSourcesVouchFor()
    {
        var o = Kb.Organization;
        var datesInData = o.History.Select(m => m.Date)
            .Concat(ModelWalk.Figures(o).Select(f => f.Figure.AsOf))
            .Concat(new[] { o.EstablishingConvention.SignedOn, o.EstablishingConvention.InForceOn, o.OfficialLanguages.AsOf, Kb.CustomsIn21stCentury.Adopted });
        var sourceDates = Kb.Sources.Where(s => s.AsOf.HasValue).Select(s => s.AsOf!.Value).ToList();

        Kb.AsOf.Should().Be(sourceDates.Max());
        datesInData.Should().OnlyContain(d => d <= Kb.AsOf);
    }

    [Fact]
    public void DataVersion_IsMajorMinorPatch()
    {
        Regex.IsMatch(Kb.DataVersion, @"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant).Should().BeTrue(Kb.DataVersion);
    }
}
