using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Snippets.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md, CONTRIBUTING.md and docs/**/*.md compiles against the library, one case per
/// block named by file and line. Shell commands, JSON and program output take another fence word (sh, json, text).
/// </summary>
public class SnippetTests
{
    /// <summary>The C# blocks' locations, e.g. <c>README.md:23</c>.</summary>
    public static TheoryData<string> CSharpBlocks { get; } = new(MarkdownSnippets.CSharp().Keys.OrderBy(k => k, System.StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void Snippet_Compiles(string location)
    {
        var block = MarkdownSnippets.CSharp()[location];

        var diagnostics = SnippetCompiler.Diagnostics(block);

        diagnostics.Should().BeEmpty("the C# block at {0} must compile as a top-level program:\n{1}\n", location, block.Code);
    }

    [Fact]
    public void Documentation_HasCSharpSnippets()
    {
        // Guards the theory above against passing on nothing: the files must be there and hold C# blocks.
        MarkdownSnippets.Files().Should().Contain(["README.md", "CONTRIBUTING.md"]).And.Contain(f => f.StartsWith("docs/", System.StringComparison.Ordinal));
        MarkdownSnippets.CSharp().Should().HaveCountGreaterThanOrEqualTo(5, "README.md alone shows five things people do");
        MarkdownSnippets.CSharp().Keys.Should().Contain(k => k.StartsWith("README.md:", System.StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFence_NamesItsLanguage()
    {
        // A block without a language would escape the compile check even if it held C#.
        MarkdownSnippets.All().Where(b => b.Language.Length == 0).Select(b => b.Location)
            .Should().BeEmpty("every fenced block says what it holds: csharp (compiled), sh, json, text, mermaid, ...");
    }

    [Fact]
    public void Compiler_ReportsABrokenSnippet()
    {
        // The check itself must be able to fail: a call to a member the library does not have is reported, at its Markdown line.
        var broken = new FencedBlock("docs/example.md", 10, "csharp", "using WcoKnowledge;\n\nvar kb = WcoKnowledgeBase.Default;\nkb.NoSuchMember();");

        var diagnostics = SnippetCompiler.Diagnostics(broken);

        diagnostics.Should().ContainSingle().Which.Should().Contain("docs/example.md(14,").And.Contain("CS1061");
    }

    [Fact]
    public void Compiler_AcceptsAWorkingSnippet()
    {
        var working = new FencedBlock("docs/example.md", 1, "csharp", "using WcoKnowledge;\n\nConsole.WriteLine(WcoKnowledgeBase.Default.GetPillar(1).Title);\nawait Task.Yield();");

        SnippetCompiler.Diagnostics(working).Should().BeEmpty();
    }
}
