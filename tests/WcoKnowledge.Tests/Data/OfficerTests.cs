using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>Council Chairs and Deputy Secretaries General (dataset 1.3.0, current to 2026 since 1.4.0): cited, with the terms the sources give and no others.</summary>
public class OfficerTests
{
    private static readonly string[] _chairs = { "Josephine Feehily", "Zouhair Chorfi", "Ruslan Davydov", "Enrique Canon", "Ahmed Al Khalifa", "Edward Kieswetter", "Bashir Adewale Adeniyi" };

    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void Officers_AreTheChairsAndDeputiesTheSourcesName()
    {
        Kb.Officers.Where(o => o.Office == Office.CouncilChair).Select(o => o.Title).Should().Contain(_chairs);
        Kb.Officers.Where(o => o.Office == Office.DeputySecretaryGeneral).Select(o => o.Title).Should().BeEquivalentTo("Sergio Mujica", "Ricardo Treviño Chapa");
        Kb.Officers.Should().OnlyContain(o => o.Sources.Count > 0 && o.Id.StartsWith("officer-", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Officers_WithoutDates_SayWhatIsKnown()
    {
        foreach (var officer in Kb.Officers.Where(o => o.TermStart is null || o.TermEnd is null))
        {
            officer.StatusNote.Should().NotBeNullOrWhiteSpace("{0}'s term is incomplete; the note says what the sources show", officer.Title);
        }

        var kieswetter = Kb.GetItem<Officer>("officer-edward-kieswetter");
        kieswetter.Country.Should().Be("South Africa");
        kieswetter.TermStart.Should().Be(FactDate.Parse("2023-06-24"));
        kieswetter.TermEnd.Should().Be(FactDate.Parse("2025-06-30"), "his successor took over on 1 July 2025 (data 1.4.0)");
    }
}
