using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Export;

public sealed class MarkdownExportTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;
    private static readonly string _markdown = Wco.Line("export --format markdown").ShouldSucceed().Stdout;

    [Fact]
    public void Markdown_HasEveryItemIdAndEverySourceUrl()
    {
        _kb.Items.Should().OnlyContain(item => _markdown.Contains($"`{item.Id}`"));
        _kb.Sources.Should().OnlyContain(source => _markdown.Contains($"<{source.Url}>"));
    }

    [Fact]
    public void Markdown_HasATitleContentsASectionPerKindAndTheSources()
    {
        var headings = _markdown.Split('\n').Where(line => line.StartsWith("## ", System.StringComparison.Ordinal)).ToList();

        _markdown.Should().StartWith("# World Customs Organization (WCO)\n");
        headings.Should().StartWith(["## Contents", "## The organization"]).And.EndWith("## Sources");
        headings.Should().Equal(
            "## Contents", "## The organization", "## Vision", "## Mission statements", "## Values", "## Governing and working bodies",
            "## Secretaries General", "## Regions", "## Main roles of Customs", "## Topics of WCO standards", "## Instruments",
            "## Strategic plans and their objectives", "## Strategy documents", "## Building blocks of Customs in the 21st Century",
            "## Members", "## Council Chairs and Deputy Secretaries General", "## Relations", "## Sources");
        _markdown.Should().Contain("### 8. A Professional, Knowledge-based Service Culture").And.Contain("### 3. Far East, South and South East Asia");
        _markdown.Should().Contain("- [Strategic plans and their objectives](#strategic-plans-and-their-objectives) (6 plans, 23 objectives)");
    }

    [Fact]
    public void Markdown_ListsTheWorkingBodiesByGroup_AfterTheBodiesOutsideTheGroups()
    {
        var section = Section("## Governing and working bodies");
        var groups = _kb.Organization.Governance.Where(body => body.Group is not null).Select(body => body.Group!).Distinct().ToList();
        var subheadings = section.Split('\n').Where(line => line.StartsWith("### ", System.StringComparison.Ordinal)).ToList();

        subheadings.Should().Equal(["### Council, Secretariat and bodies outside the groups", .. groups.Select(group => "### " + group)]);
        foreach (var body in _kb.Organization.Governance)
        {
            var under = body.Group is null ? "### Council, Secretariat and bodies outside the groups" : "### " + body.Group;
            Subsection(section, under).Should().Contain($"#### {body.Title}\n").And.Contain($"`{body.Id}`");
        }

        section.Should().Contain("`body-harmonized-system-committee` · status: *confirmed* · group: Tariff and Trade Affairs · established: 1988");
    }

    [Fact]
    public void Markdown_GivesEachPlanItsObjectives_ByTheirLabels()
    {
        var section = Section("## Strategic plans and their objectives");
        foreach (var plan in _kb.StrategicPlans)
        {
            var part = Subsection(section, "### " + plan.Title);
            part.Should().Contain($"`{plan.Id}`").And.Contain($"eriod: {plan.Period}").And.Contain($"tructure:{(plan.Structure.Length > 100 ? "*" : string.Empty)} {plan.Structure}");
            if (plan.Objectives.Count == 0)
            {
                part.Should().Contain("*Objectives:* none recorded");
            }

            foreach (var objective in plan.Objectives)
            {
                part.Should().Contain($"#### {objective.Label ?? objective.Number + "."}: {objective.Title}\n").And.Contain($"`{objective.Id}`");
                part.Should().Contain($"- {objective.Label}: [{objective.Title}](#{objective.Id})");
            }
        }

        section.Should().Contain("#### SO1: Trade facilitation (Strategic Plan 2022–2025)").And.Contain("#### Objective 3: Capacity building support");
        Section("## Instruments").Should().Contain("- In force: not yet; enters into force 2028-01-01").And.Contain("- **2015-06** — 2015: ");
    }

    [Fact]
    public void Markdown_ListsEveryRelation_WithBothEndsLinkedAndItsSources()
    {
        var section = Section("## Relations");
        var entries = section.Split('\n').Where(line => line.StartsWith("- ", System.StringComparison.Ordinal)).ToList();

        entries.Should().HaveCount(_kb.Relations.Count);
        foreach (var (relation, entry) in _kb.Relations.OrderBy(relation => relation.Type).Zip(entries))
        {
            entry.Should().StartWith($"- [{WcoKnowledge.Cli.Export.MarkdownExporter.Text(relation.From.Title)}](#{relation.From.Id}) ")
                .And.Contain($"](#{relation.To.Id})").And.Contain($"*{relation.Status.ToString().ToLowerInvariant()}*");
            relation.Sources.Should().OnlyContain(source => entry.Contains($"](#{source.Id})"));
        }

        // Each item also names its own links, both directions.
        Subsection(Section("## Governing and working bodies"), "#### Integrity Sub-Committee")
            .Should().Contain("*Links:* ").And.Contain("**reports to** [Policy Commission](#body-policy-commission)")
            .And.Contain("**manages** [Declaration of the Customs Co-operation Council concerning Good Governance and Integrity in Customs](#instrument-revised-arusha-declaration)");
        Subsection(Section("## Governing and working bodies"), "#### Council").Should().Contain("[Audit Committee](#body-audit-committee) *(secondary)* [\\[")
            .And.Contain(" **report to** it");
        Subsection(Section("## Topics of WCO standards"), "### International trade facilitation").Should().Contain("*Links:* **served by** [International Convention on the Simplification")
            .And.Contain("(#instrument-kyoto-convention) *(inferred)* [\\[", "a link that is not confirmed says so");
    }

    [Fact]
    public void Markdown_EveryCitationLinksToASourceAnchor()
    {
        var anchors = Regex.Matches(_markdown, "<a id=\"([^\"]+)\"></a>").Select(m => m.Groups[1].Value).ToList();
        var links = Regex.Matches(_markdown, @"\]\(#(src-[^)]+)\)").Select(m => m.Groups[1].Value).ToList();

        anchors.Should().OnlyHaveUniqueItems();
        anchors.Where(id => id.StartsWith("src-", System.StringComparison.Ordinal)).Should().BeEquivalentTo(_kb.Sources.Select(source => source.Id));
        links.Should().NotBeEmpty().And.OnlyContain(id => anchors.Contains(id));
    }

    [Fact]
    public void Markdown_EveryItemHasAnAnchor_AndEveryLinkToAnItemResolves()
    {
        var anchors = Regex.Matches(_markdown, "<a id=\"([^\"]+)\"></a>").Select(m => m.Groups[1].Value).ToHashSet();
        var links = Regex.Matches(_markdown, @"\]\(#([a-z0-9-]+)\)").Select(m => m.Groups[1].Value).Where(id => !id.StartsWith("src-", System.StringComparison.Ordinal)).ToList();
        var headings = _markdown.Split('\n').Where(line => line.StartsWith("## ", System.StringComparison.Ordinal))
            .Select(line => Regex.Replace(line[3..].ToLowerInvariant().Replace(' ', '-'), "[^a-z0-9_-]", string.Empty)).ToHashSet();

        _kb.Items.Where(item => item.Kind != KnowledgeKind.Organization).Should().OnlyContain(item => anchors.Contains(item.Id));
        links.Should().NotBeEmpty().And.OnlyContain(id => anchors.Contains(id) || headings.Contains(id));
    }

    [Fact]
    public void Markdown_HasTheDatedFactsAsTables()
    {
        _markdown.Should().Contain("### Members over time").And.Contain("| Figure | Status | Sources |");
        _kb.Organization.Membership.Should().OnlyContain(figure => _markdown.Contains($"| {figure} | "));
        _kb.Organization.History.Should().OnlyContain(milestone => _markdown.Contains($"- **{milestone.Date}**: **"));
        _kb.Organization.Membership.Where(figure => figure.Note is not null).Should().OnlyContain(figure => _markdown.Contains($"- **{figure.AsOf}**: "));
    }

    [Fact]
    public void Markdown_TableRowsHaveTheirHeadersNumberOfCells()
    {
        var lines = _markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("|---", System.StringComparison.Ordinal))
            {
                var columns = Cells(lines[i - 1]);
                for (var row = i + 1; row < lines.Length && lines[row].StartsWith('|'); row++)
                {
                    Cells(lines[row]).Should().Be(columns, "row {0} of the table under '{1}'", lines[row], lines[i - 1]);
                }
            }
        }
    }

    [Theory]
    [InlineData("a*b_c", @"a\*b\_c")]
    [InlineData("[x] <y> | #", @"\[x\] \<y\> \| \#")]
    public void Markdown_EscapesSyntaxInText(string text, string escaped)
    {
        WcoKnowledge.Cli.Export.MarkdownExporter.Text(text).Should().Be(escaped);
    }

    // From a "## " heading to the next one.
    private static string Section(string heading)
    {
        var start = _markdown.IndexOf(heading + "\n", System.StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the document has the section '{0}'", heading);
        var end = _markdown.IndexOf("\n## ", start + heading.Length, System.StringComparison.Ordinal);
        return _markdown[start..(end < 0 ? _markdown.Length : end + 1)];
    }

    // From a heading to the next heading of the same or a higher level.
    private static string Subsection(string text, string heading)
    {
        var start = text.IndexOf(heading + "\n", System.StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "there is a heading '{0}'", heading);
        var level = heading.IndexOf(' ');
        var next = Regex.Match(text[(start + heading.Length)..], $"\n#{{1,{level}}} ");
        return next.Success ? text.Substring(start, heading.Length + next.Index + 1) : text[start..];
    }

    // Unescaped pipes separate cells.
    private static int Cells(string row) => Regex.Count(row, @"(?<!\\)\|") - 1;
}
