using System.IO;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Data;

public class EmbeddedResourceTests
{
    private const string ResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    [Fact]
    public void ManifestResourceNames_AreExactlyTheDataset()
    {
        typeof(WcoKnowledgeBase).Assembly.GetManifestResourceNames().Should().BeEquivalentTo(new[] { ResourceName });
    }

    [Fact]
    public void EmbeddedDataset_IsTheFileByteForByte()
    {
        // The package embeds Data/wco-knowledge.json as it is: what the Load tests read is what Default reads.
        using var resource = typeof(WcoKnowledgeBase).Assembly.GetManifestResourceStream(ResourceName);
        resource.Should().NotBeNull();
        using var copy = new MemoryStream();
        resource!.CopyTo(copy);

        copy.ToArray().Should().Equal(TestDataset.ReadBytes());
    }

    [Fact]
    public void Default_HoldsTheSameDatasetAsTheFile()
    {
        var loaded = TestDataset.Load(TestDataset.ReadBytes());

        ModelWalk.Texts(WcoKnowledgeBase.Default).Should().Equal(ModelWalk.Texts(loaded));
        WcoKnowledgeBase.Default.Sources.Select(s => s.Id).Should().Equal(loaded.Sources.Select(s => s.Id));
    }
}
