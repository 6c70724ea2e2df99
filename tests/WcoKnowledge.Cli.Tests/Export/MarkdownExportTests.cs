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
        headings.Should().Contain(["## Main roles of Customs", "## Strategic objectives", "## Building blocks of Customs in the 21st Century"]);
        _markdown.Should().Contain("### 8. A Professional, Knowledge-based Service Culture");
    }

    [Fact]
    public void Markdown_EveryCitationLinksToASourceAnchor()
    {
        var anchors = Regex.Matches(_markdown, "<a id=\"([^\"]+)\"></a>").Select(m => m.Groups[1].Value).ToHashSet();
        var links = Regex.Matches(_markdown, @"\]\(#(src-[^)]+)\)").Select(m => m.Groups[1].Value).ToList();

        anchors.Should().BeEquivalentTo(_kb.Sources.Select(source => source.Id));
        links.Should().NotBeEmpty().And.OnlyContain(id => anchors.Contains(id));
    }

    [Fact]
    public void Markdown_HasTheDatedFactsAsTables()
    {
        _markdown.Should().Contain("### Members over time").And.Contain("| Date | Figure | Status | Sources |");
        _kb.Organization.Membership.Should().OnlyContain(figure => _markdown.Contains($"| {figure.AsOf} | {figure.Value} members |"));
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

    // Unescaped pipes separate cells.
    private static int Cells(string row) => Regex.Count(row, @"(?<!\\)\|") - 1;
}
