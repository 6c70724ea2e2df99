using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static System.FormattableString;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format mermaid</c>: a Mermaid flowchart of the WCO's structure, the organization above three
/// columns: its governing and working bodies (the Council and the bodies outside the WCO's groups, then a box per
/// group); the editions of the Strategic Plan, each with its objectives listed in one box beside it; Customs in the
/// 21st Century and its building blocks. Items whose name or attribution no source confirms are drawn with a dashed
/// border.
/// </summary>
/// <remarks>
/// Layout (Mermaid's dagre): inside a box with <c>direction LR</c>, items without links among them stack one under
/// another; boxes inside a <c>direction TB</c> box are put in order, one under another, by invisible links
/// (<c>~~~</c>). The init directive tightens the spacing and keeps box titles clear of the first item.
/// </remarks>
internal static class MermaidExporter
{
    /// <summary>The second line: spacing for a diagram of some sixty boxes (Mermaid reads directives wherever they stand).</summary>
    public const string Init = "%%{init: {\"flowchart\": {\"nodeSpacing\": 16, \"rankSpacing\": 40, \"subGraphTitleMargin\": {\"top\": 4, \"bottom\": 8}}}}%%";

    public static string Write(IWcoKnowledgeBase kb)
    {
        var o = kb.Organization;
        var m = new StringBuilder();
        var uncertain = new List<string>();
        var boxes = new List<(string Id, string Style)>();
        m.Append("flowchart TB\n");
        m.Append(Init).Append('\n');
        Node(m, uncertain, "    ", o, $"{o.Title} ({o.Abbreviation})<br/><small>{o.LegalName}</small>", "organization");

        Bodies(m, uncertain, boxes, kb.GetItems(KnowledgeKind.GovernanceBody).Cast<GovernanceBody>().ToList());
        Edge(m, o, "governance");

        if (kb.StrategicPlans.Count > 0)
        {
            Plans(m, uncertain, kb.StrategicPlans);
            Edge(m, o, "plans");
            boxes.Add(("plans", "fill:#fffcf5,stroke:#e2c48a"));
        }
        else
        {
            // A format 1 dataset has no plan items: its objectives in one box.
            m.Append("\n    subgraph objectives [\"Strategic objectives\"]\n        direction LR\n");
            foreach (var objective in kb.Objectives)
            {
                Node(m, uncertain, "        ", objective, Numbered(objective), "objective");
            }

            m.Append("    end\n");
            Edge(m, o, "objectives");
            boxes.Add(("objectives", "fill:#fffcf5,stroke:#e2c48a"));
        }

        // The strategy and its building blocks in one box, so that the column starts at the top with the other two.
        var c21 = kb.CustomsIn21stCentury;
        m.Append("\n    subgraph strategy [\"Strategy\"]\n        direction TB\n");
        Node(m, uncertain, "        ", c21, $"{ShortTitle(c21.Title)}<br/><small>adopted {c21.Adopted}</small>", "strategy");
        m.Append("        subgraph pillars [\"Building blocks\"]\n            direction LR\n");
        foreach (var pillar in kb.Pillars)
        {
            Node(m, uncertain, "            ", pillar, Numbered(pillar), "pillar");
        }

        m.Append("        end\n");
        m.Append(Invariant($"        {NodeId(c21.Id)} --> pillars\n"));
        m.Append("    end\n");
        Edge(m, o, "strategy");
        m.Append('\n');
        boxes.Add(("strategy", "fill:#fbfdfb,stroke:#9ccfb0"));
        boxes.Add(("pillars", "fill:#f3faf5,stroke:#9ccfb0"));

        m.Append("    classDef organization fill:#003b71,stroke:#001f3f,color:#ffffff,font-weight:bold\n");
        m.Append("    classDef body fill:#e3ecf7,stroke:#003b71,color:#0d1b2a\n");
        m.Append("    classDef plan fill:#fff3d6,stroke:#b7791f,color:#0d1b2a,font-weight:bold\n");
        m.Append("    classDef objective fill:#fffaf0,stroke:#b7791f,color:#0d1b2a,text-align:left\n");
        m.Append("    classDef none fill:#ffffff,stroke:#e2c48a,color:#6b5b3e\n");
        m.Append("    classDef strategy fill:#e6f4ea,stroke:#2f855a,color:#0d1b2a,font-weight:bold\n");
        m.Append("    classDef pillar fill:#f3faf5,stroke:#2f855a,color:#0d1b2a\n");
        m.Append("    classDef uncertain stroke-dasharray:5 4\n");
        foreach (var (id, style) in boxes)
        {
            m.Append(Invariant($"    style {id} {style}\n"));
        }

        if (uncertain.Count > 0)
        {
            m.Append(Invariant($"    class {string.Join(',', uncertain)} uncertain\n"));
        }

        return m.ToString();
    }

    // The bodies outside the WCO's groups in one box, then a box per group, in the order the groups first appear.
    private static void Bodies(StringBuilder m, List<string> uncertain, List<(string Id, string Style)> boxes, IReadOnlyList<GovernanceBody> bodies)
    {
        const string Outer = "fill:#f4f7fb,stroke:#9fb3c8";
        const string Inner = "fill:#eaf0f8,stroke:#9fb3c8";
        m.Append("\n    subgraph governance [\"Governing and working bodies\"]\n");
        boxes.Add(("governance", Outer));
        var groups = bodies.Where(body => body.Group is not null).GroupBy(body => body.Group!).ToList();
        if (groups.Count == 0)
        {
            // Format 1 datasets: no groups, the bodies straight in the box.
            m.Append("        direction LR\n");
            foreach (var body in bodies)
            {
                Node(m, uncertain, "        ", body, body.Title, "body");
            }

            m.Append("    end\n");
            return;
        }

        m.Append("        direction TB\n");
        var order = new List<string>();
        var outside = bodies.Where(body => body.Group is null).ToList();
        if (outside.Count > 0)
        {
            Box(m, uncertain, "bodies_outside_groups", "Council and bodies outside the groups", outside);
            order.Add("bodies_outside_groups");
        }

        foreach (var group in groups)
        {
            var id = "group_" + NodeId(group.Key);
            Box(m, uncertain, id, group.Key, group);
            order.Add(id);
        }

        if (order.Count > 1)
        {
            m.Append("        ").Append(string.Join(" ~~~ ", order)).Append('\n');
        }

        m.Append("    end\n");
        boxes.AddRange(order.Select(id => (id, Inner)));
    }

    private static void Box(StringBuilder m, List<string> uncertain, string id, string title, IEnumerable<GovernanceBody> bodies)
    {
        m.Append(Invariant($"        subgraph {id} [\"{Label(title)}\"]\n            direction LR\n"));
        foreach (var body in bodies)
        {
            Node(m, uncertain, "            ", body, body.Title, "body");
        }

        m.Append("        end\n");
    }

    // The plan editions in one box, oldest first, each named by its period; beside each, its objectives in one box,
    // a line per objective (or a note that the sources do not list them).
    private static void Plans(StringBuilder m, List<string> uncertain, IReadOnlyList<StrategicPlan> plans)
    {
        m.Append("\n    subgraph plans [\"Strategic Plan editions\"]\n        direction LR\n");
        foreach (var plan in plans)
        {
            var planId = NodeId(plan.Id);
            var endorsed = plan.Endorsed is { } date ? $"endorsed {date}" : "endorsement not dated";
            Node(m, uncertain, "        ", plan, $"{plan.Period}<br/><small>{endorsed}</small>", "plan");
            var objectivesId = planId + "_objectives";
            if (plan.Objectives.Count == 0)
            {
                m.Append(Invariant($"        {objectivesId}[\"<i>objectives not listed in the sources</i>\"]:::none\n"));
            }
            else
            {
                var lines = plan.Objectives.Select(objective => $"{Marker(objective)} {WithoutPlan(objective.Title, plan)}");
                m.Append(Invariant($"        {objectivesId}[\"{Label(string.Join("<br/>", lines))}\"]:::objective\n"));
                if (plan.Objectives.Any(objective => Uncertain(objective.Status) || Uncertain(objective.PlanEditionStatus)))
                {
                    uncertain.Add(objectivesId);
                }
            }

            m.Append(Invariant($"        {planId} --> {objectivesId}\n"));
        }

        m.Append("    end\n");
    }

    private static void Node(StringBuilder m, List<string> uncertain, string indent, IKnowledgeItem item, string label, string style)
    {
        m.Append(Invariant($"{indent}{NodeId(item.Id)}[\"{Label(label)}\"]:::{style}\n"));
        if (Uncertain(item.Status))
        {
            uncertain.Add(NodeId(item.Id));
        }
    }

    private static void Edge(StringBuilder m, IKnowledgeItem from, string to) => m.Append(Invariant($"    {NodeId(from.Id)} --> {to}\n"));

    private static bool Uncertain(FactStatus status) => status is FactStatus.Inferred or FactStatus.Unconfirmed;

    private static string Numbered(IKnowledgeItem item) => ItemDetails.NumberOf(item) is { } number
        ? number.ToString(CultureInfo.InvariantCulture) + ". " + item.Title
        : item.Title;

    // "SO1", "Goal 3"; the seed's "Objective 3" as "3.".
    private static string Marker(Objective objective) =>
        objective.Label == "Objective " + objective.Number.ToString(CultureInfo.InvariantCulture)
            ? objective.Number.ToString(CultureInfo.InvariantCulture) + "."
            : ItemDetails.Marker(objective);

    // "Trade facilitation (Strategic Plan 2022–2025)" → "Trade facilitation": the box beside the plan names it.
    private static string WithoutPlan(string title, StrategicPlan plan)
    {
        var open = title.LastIndexOf(" (", System.StringComparison.Ordinal);
        return open > 0 && title.EndsWith(')') && title[open..].Contains(plan.Period, System.StringComparison.Ordinal)
            ? title[..open]
            : title;
    }

    // "Customs in the 21st Century – Enhancing Growth …" → "Customs in the 21st Century".
    private static string ShortTitle(string title)
    {
        var dash = title.IndexOf(" – ", System.StringComparison.Ordinal);
        return dash > 0 ? title[..dash] : title;
    }

    /// <summary>A Mermaid node id from an item id: letters, digits and underscores only.</summary>
    internal static string NodeId(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());

    // Quotes would end the label; Mermaid's entity codes keep them. <br/> and <small> are kept as markup.
    private static string Label(string text) => text.Replace("\"", "#quot;", System.StringComparison.Ordinal);
}
