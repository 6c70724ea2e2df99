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
    public void Mermaid_IsAFlowchart_WithItsSpacingOnTheSecondLine()
    {
        _mermaid.Should().StartWith("flowchart TB\n" + MermaidExporter.Init + "\n");
        MermaidExporter.Init.Should().StartWith("%%{init: ").And.EndWith("}%%");
        System.Text.Json.JsonDocument.Parse(MermaidExporter.Init["%%{init: ".Length..^"}%%".Length]).RootElement
            .GetProperty("flowchart").GetProperty("nodeSpacing").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Mermaid_DrawsTheOrganizationsThreeColumns_UnderIt()
    {
        var organization = MermaidExporter.NodeId(_kb.Organization.Id);
        var c21 = MermaidExporter.NodeId(_kb.CustomsIn21stCentury.Id);

        _mermaid.Should().Contain($"{organization} --> governance").And.Contain($"{organization} --> plans")
            .And.Contain($"{organization} --> strategy").And.Contain($"{c21} --> pillars");
        foreach (var pillar in _kb.Pillars)
        {
            _mermaid.Should().Contain($"{MermaidExporter.NodeId(pillar.Id)}[\"{pillar.Number}. {pillar.Title}\"]");
        }
    }

    [Fact]
    public void Mermaid_DrawsEveryBody_InTheBoxOfItsGroup_InOrder()
    {
        var bodies = _kb.Organization.Governance;
        bodies.Should().OnlyContain(body => _mermaid.Contains($"{MermaidExporter.NodeId(body.Id)}[\"{body.Title}\"]:::body"));
        var boxes = Boxes();

        boxes["bodies_outside_groups"].Should().Equal(bodies.Where(body => body.Group is null).Select(body => MermaidExporter.NodeId(body.Id)));
        boxes["bodies_outside_groups"].Should().Contain(["body_council", "body_policy_commission", "body_finance_committee"]);
        var groups = bodies.Where(body => body.Group is not null).GroupBy(body => body.Group!).ToList();
        groups.Should().HaveCountGreaterThan(1);
        foreach (var group in groups)
        {
            boxes["group_" + MermaidExporter.NodeId(group.Key)].Should().Equal(group.Select(body => MermaidExporter.NodeId(body.Id)));
            _mermaid.Should().Contain($"subgraph group_{MermaidExporter.NodeId(group.Key)} [\"{group.Key}\"]");
        }

        // The boxes are kept in order, one under another, by a chain of invisible links.
        _mermaid.Should().Contain("bodies_outside_groups ~~~ " + string.Join(" ~~~ ", groups.Select(group => "group_" + MermaidExporter.NodeId(group.Key))));
    }

    [Fact]
    public void Mermaid_DrawsEveryPlan_WithItsObjectivesBesideIt_ByTheirLabels()
    {
        var plans = Boxes()["plans"];
        foreach (var plan in _kb.StrategicPlans)
        {
            var id = MermaidExporter.NodeId(plan.Id);
            plans.Should().Contain([id, id + "_objectives"]);
            _mermaid.Should().Contain($"{id}[\"{plan.Period}<br/>").And.Contain($"{id} --> {id}_objectives");
            var box = _mermaid.Split('\n').Single(line => line.TrimStart().StartsWith(id + "_objectives[", System.StringComparison.Ordinal));
            if (plan.Objectives.Count == 0)
            {
                box.Should().Contain("objectives not listed in the sources");
                continue;
            }

            foreach (var objective in plan.Objectives)
            {
                box.Should().Contain(objective.Label is { } label && !label.StartsWith("Objective", System.StringComparison.Ordinal) ? label + " " : $"{objective.Number}. ");
                box.Should().NotContain("(Strategic Plan", "the box beside the plan does not repeat its name in every line");
            }
        }

        _kb.Objectives.Should().OnlyContain(objective => _mermaid.Contains($"{objective.Number}. {objective.Title}"), "the nine of the seed text, in the 2011/2012 plan's box");
        _mermaid.Should().Contain("SO4 Organizational development").And.Contain("Goal 7 Conduct Research and Analysis");
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
        var uncertain = _kb.Items.Where(item => item.Status is FactStatus.Unconfirmed or FactStatus.Inferred && item is not Objective)
            .Select(item => MermaidExporter.NodeId(item.Id)).Where(id => _mermaid.Contains(id + "[")).ToList();
        var classLine = _mermaid.Split('\n').Single(line => line.TrimStart().StartsWith("class ", System.StringComparison.Ordinal));
        var dashed = classLine.Trim().Split(' ')[1].Split(',');

        uncertain.Should().Contain(MermaidExporter.NodeId(_kb.GetPillar(10).Id));
        dashed.Should().Contain(uncertain);
        dashed.Should().Contain("plan_2011_2012_objectives", "the seed's nine objectives are unconfirmed and their plan inferred");
        dashed.Should().NotContain("plan_2022_2025_objectives").And.NotContain(MermaidExporter.NodeId(_kb.GetPillar(1).Id));
    }

    [Fact]
    public void Mermaid_StructureDocHoldsTheCurrentDiagram()
    {
        var page = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "structure.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        page.Should().Contain("```mermaid\n" + _mermaid + "```", "docs/structure.md shows the diagram 'wco export --format mermaid' draws; paste it again after a change");
    }

    // The node and box ids each box holds directly, by box id.
    private static System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string>> Boxes()
    {
        var boxes = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string>>();
        var open = new System.Collections.Generic.Stack<string>();
        foreach (var line in _mermaid.Split('\n').Select(line => line.Trim()))
        {
            if (line.StartsWith("subgraph ", System.StringComparison.Ordinal))
            {
                var id = line.Split(' ')[1];
                if (open.Count > 0)
                {
                    boxes[open.Peek()].Add(id);
                }

                open.Push(id);
                boxes[id] = [];
            }
            else if (line == "end")
            {
                open.Pop();
            }
            else if (open.Count > 0 && Regex.Match(line, @"^(\w+)\[") is { Success: true } node)
            {
                boxes[open.Peek()].Add(node.Groups[1].Value);
            }
        }

        open.Should().BeEmpty();
        return boxes;
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
