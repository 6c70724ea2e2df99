using System.IO;
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
    public void EmbeddedDataset_IsByteForByteTheCopiedTestFile()
    {
        using var resource = typeof(WcoKnowledgeBase).Assembly.GetManifestResourceStream(ResourceName);
        resource.Should().NotBeNull();
        using var copy = new MemoryStream();
        resource!.CopyTo(copy);

        copy.ToArray().Should().Equal(TestDataset.ReadBytes(), "the Load tests run on the file the package embeds");
    }
}
