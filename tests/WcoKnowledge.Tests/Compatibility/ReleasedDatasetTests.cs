using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Compatibility;

/// <summary>Datasets shipped by earlier releases keep loading, with their content intact, in this version.</summary>
public class ReleasedDatasetTests
{
    private static WcoKnowledgeBase LoadReleased(string fileName)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", fileName));
        return WcoKnowledgeBase.Load(stream);
    }

    [Fact]
    public void Load_Format1Data100_LoadsWithItsContentAndEmptyVersion2Sections()
    {
        var kb = LoadReleased("wco-knowledge-format1-data1.0.0.json");

        kb.DataVersion.Should().Be("1.0.0");
        kb.Roles.Should().HaveCount(4);
        kb.Objectives.Should().HaveCount(9);
        kb.Pillars.Should().HaveCount(10);
        kb.Organization.LegalName.Should().Be("Customs Co-operation Council");
        kb.Objectives.Should().OnlyContain(o => o.Plan == null && o.Label == null);
        kb.Organization.Governance.Should().OnlyContain(b => b.Group == null && b.Established == null);
        kb.StrategicPlans.Should().BeEmpty();
        kb.Instruments.Should().BeEmpty();
        kb.Regions.Should().BeEmpty();
        kb.SecretariesGeneral.Should().BeEmpty();
        kb.Relations.Should().BeEmpty();
        kb.Search("database of goods")[0].Item.Id.Should().Be("role-trade-statistics");
    }

    [Fact]
    public void Load_Format1WithAVersion2Member_IsRefusedWithAHint()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json"));
        var withRegions = json.Replace("\"pillars\": [", "\"regions\": [],\n  \"pillars\": [", StringComparison.Ordinal);

        var act = () => WcoKnowledgeBase.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(withRegions)));

        act.Should().Throw<WcoDataException>().Which.Errors.Should().Contain(e => e.StartsWith("$.regions:", StringComparison.Ordinal) && e.Contains("formatVersion to 2", StringComparison.Ordinal));
    }
}
