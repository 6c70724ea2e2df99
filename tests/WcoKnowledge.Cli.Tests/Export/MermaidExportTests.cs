using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using WcoKnowledge.Cli.Export;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Export;

public sealed class MermaidExportTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;
    private static readonly string _mermaid = Wco.Line("export --format mermaid").ShouldSucceed().Stdout;

    [Fact]
    public void Mermaid_IsAFlowchart()
    {
        _mermaid.Should().StartWith("flowchart ");
    }

    [Fact]
    public void Mermaid_DrawsEveryBodyObjectiveAndPillar_UnderItsParent()
    {
        var organization = MermaidExporter.NodeId(_kb.Organization.Id);
        var c21 = MermaidExporter.NodeId(_kb.CustomsIn21stCentury.Id);

        _mermaid.Should().Contain($"{organization} --> governance").And.Contain($"{organization} --> {c21}").And.Contain($"{c21} --> pillars");
        foreach (var pillar in _kb.Pillars)
        {
            _mermaid.Should().Contain($"{MermaidExporter.NodeId(pillar.Id)}[\"{pillar.Number}. {pillar.Title}\"]");
        }

        _kb.Objectives.Should().OnlyContain(objective => _mermaid.Contains($"[\"{objective.Number}. {objective.Title}\"]"));
        _kb.Organization.Governance.Should().OnlyContain(body => _mermaid.Contains($"{MermaidExporter.NodeId(body.Id)}[\"{body.Title}\"]"));
        _mermaid.Should().Contain(_kb.Objectives[0].PlanEdition);
    }

    [Fact]
    public void Mermaid_NodeIdsAreUniqueAndSubgraphsClosed()
    {
        var nodes = Regex.Matches(_mermaid, @"^\s*(\w+)\[", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        nodes.Should().OnlyHaveUniqueItems();
        nodes.Should().OnlyContain(id => Regex.IsMatch(id, "^[a-z0-9_]+$"));
        Regex.Count(_mermaid, @"^\s*subgraph ", RegexOptions.Multiline)
            .Should().Be(Regex.Count(_mermaid, @"^\s*end$", RegexOptions.Multiline));
    }

    [Fact]
    public void Mermaid_MarksUncertainItemsDashed()
    {
        var uncertain = _kb.Pillars.Where(p => p.Status is FactStatus.Unconfirmed or FactStatus.Inferred).Select(p => MermaidExporter.NodeId(p.Id));
        var classLine = _mermaid.Split('\n').Single(line => line.TrimStart().StartsWith("class ", System.StringComparison.Ordinal));
        uncertain.Should().OnlyContain(id => classLine.Contains(id));
    }

    [Fact]
    public void Mermaid_ReadmeHoldsTheCurrentDiagram()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "README.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        readme.Should().Contain("```mermaid\n" + _mermaid + "```", "the README shows the diagram 'wco export --format mermaid' draws; paste it again after a change");
    }

    private static string RepoRoot()
    {
        var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "WcoKnowledge.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new System.InvalidOperationException("The repository root was not found above the test output.");
    }
}
