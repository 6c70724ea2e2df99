using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>Texts, statuses, dates and order in the embedded dataset.</summary>
public partial class DatasetIntegrityTests
{
    [Fact]
    public void Texts_AreNeverEmptyOrPaddedWithWhiteSpace()
    {
        var texts = ModelWalk.Texts(Kb).ToList();

        texts.Should().HaveCountGreaterThan(300);
        texts.Where(t => t.Text is not null && (t.Text.Trim().Length == 0 || t.Text.Trim().Length != t.Text.Length))
            .Select(t => t.Label).Should().BeEmpty();
    }

    [Fact]
    public void RequiredTexts_AreNeverNull()
    {
        var optional = new[] { ".note", ".statusNote", ".group", ".label", ".adoptedAt" };

        ModelWalk.Texts(Kb).Where(t => t.Text is null && !optional.Any(o => t.Label.EndsWith(o, StringComparison.Ordinal)))
            .Select(t => t.Label).Should().BeEmpty();
    }

    [Fact]
    public void Statuses_AreDefinedValues()
    {
        var o = Kb.Organization;
        var statuses = Kb.Items.Select(i => i.Status)
            .Concat(Kb.Objectives.Select(x => x.PlanEditionStatus))
            .Concat(o.History.Select(m => m.Status))
            .Concat(ModelWalk.Figures(o).Select(f => f.Figure.Status))
            .Concat(new[] { o.EstablishingConvention.Status, o.Headquarters.Status, o.OfficialLanguages.Status });

        statuses.Should().OnlyContain(s => Enum.IsDefined(s));
        ModelWalk.Figures(o).Should().OnlyContain(f => Enum.IsDefined(f.Figure.Qualifier) && f.Figure.Value >= 0);
    }

    [Fact]
    public void History_IsInDateOrder()
    {
        Kb.Organization.History.Select(m => m.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Membership_IsInDateOrder()
    {
        SeriesRule.OutOfOrder(Kb.Organization.Membership.Select(f => f.AsOf).ToList()).Should().BeEmpty();
        Kb.Organization.Membership.Should().OnlyContain(f => f.Unit == "members");
    }

    [Fact]
    public void SecretariatStaff_IsInDateOrder()
    {
        SeriesRule.OutOfOrder(Kb.Organization.SecretariatStaff.Select(f => f.AsOf).ToList()).Should().BeEmpty();
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

    [Fact]
    public void Dates_AreRealDates()
    {
        var o = Kb.Organization;
        var dates = new List<FactDate> { Kb.AsOf, o.EstablishingConvention.SignedOn, o.EstablishingConvention.InForceOn, o.OfficialLanguages.AsOf, Kb.CustomsIn21stCentury.Adopted };
        dates.AddRange(o.History.Select(m => m.Date));
        dates.AddRange(ModelWalk.Figures(o).Select(f => f.Figure.AsOf));

        dates.Should().OnlyContain(d => d.Year >= 1900 && FactDate.Parse(d.ToString()) == d);
    }
}
