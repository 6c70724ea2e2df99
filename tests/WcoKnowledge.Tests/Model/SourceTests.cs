using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

public class SourceTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void ToString_IsIdAndTitle()
    {
        Kb.GetSource("src-wco-history").ToString().Should().Be("src-wco-history (History)");
        Kb.Sources.Should().OnlyContain(s => s.ToString() == s.Id + " (" + s.Title + ")");
    }

    [Fact]
    public void SeedTextAndUndatedSources_AreKeptAsSuch()
    {
        Kb.Sources.Should().ContainSingle(s => s.Kind == SourceKind.SeedText).Which.Id.Should().Be("src-seed-bestcargo");
        Kb.Sources.Should().Contain(s => s.AsOf == null, "undated sources are kept with a null date");
    }
}
