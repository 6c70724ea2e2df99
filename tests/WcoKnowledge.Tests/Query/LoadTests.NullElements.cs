using System.Text.Json.Nodes;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>A JSON null inside a list: System.Text.Json does not check collection elements against nullable annotations.</summary>
public partial class LoadTests
{
    [Theory]
    [InlineData("$.pillars[0].aliases")]
    [InlineData("$.pillars[0].sources")]
    [InlineData("$.organization.officialLanguages.languages")]
    public void Load_NullInAListOfTexts_IsReported(string listPath)
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => Node(root, listPath).AsArray().Add((JsonNode?)null)));

        e.Errors.Should().ContainSingle().Which.Should().StartWith(listPath + "[");
    }

    [Theory]
    [InlineData("$.sources")]
    [InlineData("$.roles")]
    [InlineData("$.objectives")]
    [InlineData("$.pillars")]
    [InlineData("$.organization.history")]
    [InlineData("$.organization.membership")]
    [InlineData("$.organization.secretariatStaff")]
    [InlineData("$.organization.missions")]
    [InlineData("$.organization.values")]
    [InlineData("$.organization.governance")]
    [InlineData("$.organization.topics")]
    public void Load_NullInAListOfObjects_ThrowsWcoDataException(string listPath)
    {
        var json = TestDataset.Mutate(root => Node(root, listPath).AsArray().Add((JsonNode?)null));

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().Contain(x => x.StartsWith(listPath, System.StringComparison.Ordinal));
    }
}
