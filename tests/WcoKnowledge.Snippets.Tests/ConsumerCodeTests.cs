using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Snippets.Tests;

/// <summary>What a consumer's code can and cannot do with the model, compiled against the library as a consumer's would be.</summary>
public class ConsumerCodeTests
{
    [Theory]
    [InlineData("var altered = kb.GetPillar(2) with { Number = 99 };")]
    [InlineData("var altered = kb.StrategicPlans[0] with { EndYear = 2099 };")]
    [InlineData("var altered = kb.Organization with { Membership = kb.Organization.SecretariatStaff };")]
    [InlineData("var altered = kb.Sources[0] with { Url = \"https://example.org\" };")]
    [InlineData("var altered = kb.Organization.CurrentMembership with { Value = 1 };")]
    [InlineData("var made = new Pillar();")]
    [InlineData("var made = new Source { Id = \"src-x\" };")]
    [InlineData("var made = new SearchHit(kb.Organization, 1, SearchField.Title, \"x\");")]
    public void Model_CannotBeMadeOrAlteredByConsumers(string statement)
    {
        var variable = statement.Split(' ')[1];
        var code = $"using WcoKnowledge;\n\nvar kb = WcoKnowledgeBase.Default;\n{statement}\nConsole.WriteLine({variable});";

        var diagnostics = SnippetCompiler.Diagnostics(new FencedBlock("consumer.cs", 0, "csharp", code));

        // CS0272: the set (init) accessor is inaccessible; CS1729/CS0122/CS1061: no accessible constructor.
        diagnostics.Should().NotBeEmpty().And.Contain(d => d.Contains("error CS", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Model_CanBeReadAndCopiedUnchanged()
    {
        // The control case: reading members, and an empty 'with' (a copy that alters nothing) still compile.
        const string Code = "using WcoKnowledge;\n\nvar kb = WcoKnowledgeBase.Default;\nvar copy = kb.GetPillar(2) with { };\nConsole.WriteLine(copy.Number + kb.GetPillar(2).Title);";

        SnippetCompiler.Diagnostics(new FencedBlock("consumer.cs", 0, "csharp", Code)).Should().BeEmpty();
    }
}
