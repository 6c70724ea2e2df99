using FluentAssertions;
using WcoKnowledge.Loading;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>The loader's JSON paths, which are kept in parts and joined only when a problem is reported.</summary>
public class DataPathTests
{
    [Theory]
    [InlineData(0, "$.pillars[0].title")]
    [InlineData(7, "$.pillars[7].title")]
    [InlineData(2147483646, "$.pillars[2147483646].title")]
    public void MemberOfAnElement_JoinsListIndexAndMember(int index, string expected)
    {
        new DataPath(DataPath.Element("$.pillars", index), ".title").ToString().Should().Be(expected);
    }

    [Fact]
    public void MemberOfAMember_JoinsTheParentFirst()
    {
        var editions = new DataPath(DataPath.Element("$.instruments", 3), ".editions");

        new DataPath(editions, ".label").ToString().Should().Be("$.instruments[3].editions.label");
    }

    [Fact]
    public void PlainPaths_AreThemselvesOrJoinedWithTheirMember()
    {
        ((DataPath)"$.sources").ToString().Should().Be("$.sources");
        new DataPath("$.organization", ".headquarters").ToString().Should().Be("$.organization.headquarters");
        DataPath.Element("$.sources", 0).ToString().Should().Be("$.sources[0]");
    }
}
