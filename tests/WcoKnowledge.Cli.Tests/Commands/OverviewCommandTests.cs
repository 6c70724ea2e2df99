using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class OverviewCommandTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    [Fact]
    public void Overview_NamesTheOrganizationItsFactsAndEveryKind()
    {
        var result = Wco.Run().ShouldSucceed();

        result.Stdout.Should().StartWith("World Customs Organization (WCO)\n")
            .And.Contain("Customs Co-operation Council (CCC)")
            .And.Contain("Organisation mondiale des douanes (OMD)")
            .And.Contain("1950-12-15")
            .And.Contain(_kb.Organization.CurrentMembership.ToString())
            .And.Contain($"dataset {_kb.DataVersion}");
        foreach (var kind in KnowledgeKinds.All)
        {
            result.Lines.Should().Contain(line => line.StartsWith("  " + KnowledgeKinds.DisplayName(kind) + " ", System.StringComparison.Ordinal),
                "the overview lists every kind, {0} included", kind);
        }
    }

    [Fact]
    public void Overview_Json_HasTheDatasetTheOrganizationAndEveryKindWithItsCount()
    {
        var json = Wco.Run("--json").ShouldSucceed().Json();

        json.GetProperty("dataVersion").GetString().Should().Be(_kb.DataVersion);
        json.GetProperty("asOf").GetString().Should().Be(_kb.AsOf.ToString());
        json.GetProperty("organization").GetProperty("id").GetString().Should().Be("organization-wco");
        Library.Compact(json.GetProperty("organization")).Should().Be(Library.Json(_kb.Organization));
        Library.Compact(json.GetProperty("currentMembership")).Should().Be(Library.Json(_kb.Organization.CurrentMembership));
        json.GetProperty("itemCount").GetInt32().Should().Be(_kb.Items.Count);
        json.GetProperty("sourceCount").GetInt32().Should().Be(_kb.Sources.Count);
        var kinds = json.GetProperty("kinds").EnumerateArray().ToList();
        kinds.Select(k => k.GetProperty("name").GetString()).Should().Equal(KnowledgeKinds.All.Select(KnowledgeKinds.DisplayName));
        kinds.Select(k => k.GetProperty("idPrefix").GetString()).Should().Equal(KnowledgeKinds.All.Select(KnowledgeKinds.IdPrefix));
        kinds.Select(k => k.GetProperty("count").GetInt32()).Should().Equal(KnowledgeKinds.All.Select(kind => _kb.GetItems(kind).Count));
        kinds.Single(k => k.GetProperty("name").GetString() == "governance body").GetProperty("kind").GetString().Should().Be("governanceBody");
    }

    [Fact]
    public void Overview_NamesTheSecretaryGeneralInOffice_AndCountsInstrumentsRegionsAndPlans()
    {
        var result = Wco.Run().ShouldSucceed();

        result.Lines.Should().Contain("  Sec. General   Ian Saunders (United States), since 2024-01-01")
            .And.Contain($"  Instruments    {_kb.Instruments.Count} conventions, declarations and standards")
            .And.Contain("  Regions        6: ESA, Europe, A/P, MENA, AMS, WCA")
            .And.Contain("  Strategic plan 6 editions, 2011/2012 to 2025–2028");

        var json = Wco.Run("--json").ShouldSucceed().Json();
        json.GetProperty("secretaryGeneral").GetProperty("id").GetString().Should().Be("secretary-general-ian-saunders");
        json.GetProperty("secretaryGeneral").GetProperty("termEnd").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Version_PrintsThePackageVersion()
    {
        var version = typeof(WcoKnowledgeBase).Assembly.GetName().Version!;

        Wco.Run("--version").ShouldSucceed().Stdout.Should().StartWith($"{version.Major}.{version.Minor}.{version.Build} (built-in dataset {WcoKnowledgeBase.Default.DataVersion})");
    }
}
