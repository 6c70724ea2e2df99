using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static System.FormattableString;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// <c>wco export --format mermaid</c>: a Mermaid flowchart of the WCO's structure: the organization and its
/// governing and working bodies; the strategic plan and its objectives; Customs in the 21st Century and its
/// building blocks. Items whose name or link no source confirms are drawn with a dashed border.
/// </summary>
internal static class MermaidExporter
{
    public static string Write(IWcoKnowledgeBase kb)
    {
        var o = kb.Organization;
        var m = new StringBuilder();
        var uncertain = new List<string>();
        var objectiveGroups = new List<string>();
        m.Append("flowchart TB\n");
        Node(m, uncertain, "    ", o, $"{o.Title} ({o.Abbreviation})<br/><small>{o.LegalName}</small>", "organization");

        // Top to bottom: the organization above three columns. Inside each group "direction LR" stacks the items, which
        // have no links among them, one under another (with TB, items of one rank would stand side by side).
        m.Append("\n    subgraph governance [\"Governing and working bodies\"]\n        direction LR\n");
        foreach (var body in kb.GetItems(KnowledgeKind.GovernanceBody))
        {
            Node(m, uncertain, "        ", body, body.Title, "body");
        }

        m.Append("    end\n");
        Edge(m, o, "governance");

        // The plan the objectives belong to is named on each objective (no plan item yet): one node per plan edition.
        foreach (var plan in kb.Objectives.GroupBy(objective => objective.PlanEdition))
        {
            var planId = "plan_" + NodeId(plan.Key);
            var status = plan.First().PlanEditionStatus;
            var label = status == FactStatus.Confirmed ? plan.Key : $"{plan.Key}<br/><small>({Names.Json(status)})</small>";
            m.Append(Invariant($"\n    {planId}[\"{Label(label)}\"]:::plan\n"));
            if (Uncertain(status))
            {
                uncertain.Add(planId);
            }

            m.Append(Invariant($"    {NodeId(o.Id)} --> {planId}\n"));
            m.Append(Invariant($"    subgraph {planId}_objectives [\"Strategic objectives\"]\n        direction LR\n"));
            objectiveGroups.Add(planId + "_objectives");
            foreach (var objective in plan)
            {
                Node(m, uncertain, "        ", objective, Numbered(objective), "objective");
            }

            m.Append("    end\n");
            m.Append(Invariant($"    {planId} --> {planId}_objectives\n"));
        }

        var c21 = kb.CustomsIn21stCentury;
        m.Append('\n');
        Node(m, uncertain, "    ", c21, $"{ShortTitle(c21.Title)}<br/><small>adopted {c21.Adopted}</small>", "strategy");
        m.Append(Invariant($"    {NodeId(o.Id)} --> {NodeId(c21.Id)}\n"));
        m.Append("    subgraph pillars [\"Building blocks\"]\n        direction LR\n");
        foreach (var pillar in kb.Pillars)
        {
            Node(m, uncertain, "        ", pillar, Numbered(pillar), "pillar");
        }

        m.Append("    end\n");
        m.Append(Invariant($"    {NodeId(c21.Id)} --> pillars\n\n"));

        m.Append("    classDef organization fill:#003b71,stroke:#001f3f,color:#ffffff,font-weight:bold\n");
        m.Append("    classDef body fill:#e3ecf7,stroke:#003b71,color:#0d1b2a\n");
        m.Append("    classDef plan fill:#fff3d6,stroke:#b7791f,color:#0d1b2a,font-weight:bold\n");
        m.Append("    classDef objective fill:#fffaf0,stroke:#b7791f,color:#0d1b2a\n");
        m.Append("    classDef strategy fill:#e6f4ea,stroke:#2f855a,color:#0d1b2a,font-weight:bold\n");
        m.Append("    classDef pillar fill:#f3faf5,stroke:#2f855a,color:#0d1b2a\n");
        m.Append("    classDef uncertain stroke-dasharray:5 4\n");
        m.Append("    style governance fill:#f4f7fb,stroke:#9fb3c8\n");
        foreach (var group in objectiveGroups)
        {
            m.Append(Invariant($"    style {group} fill:#fffcf5,stroke:#e2c48a\n"));
        }

        m.Append("    style pillars fill:#f6fbf7,stroke:#9ccfb0\n");
        if (uncertain.Count > 0)
        {
            m.Append(Invariant($"    class {string.Join(',', uncertain)} uncertain\n"));
        }

        return m.ToString();
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
