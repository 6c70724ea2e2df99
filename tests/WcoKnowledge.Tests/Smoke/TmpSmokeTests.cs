using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Smoke;

public class TmpSmokeTests
{
    [Fact]
    public void Default_Loads()
    {
        var kb = WcoKnowledgeBase.Default;
        kb.Items.Count.Should().BeGreaterThan(30, kb.ToString());
    }
}
