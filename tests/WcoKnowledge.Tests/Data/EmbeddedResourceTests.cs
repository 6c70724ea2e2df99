using System.IO;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Loading;
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

    [Fact]
    public void EmbeddedDataset_StreamOverTheLoadedImage_IsReadInPlace()
    {
        // What every runtime hands out for a resource of an assembly loaded from a file: memory in the image.
        using var resource = typeof(WcoKnowledgeBase).Assembly.GetManifestResourceStream(ResourceName);

        resource.Should().BeAssignableTo<UnmanagedMemoryStream>("Default reads the dataset where it lies, without copying it");
    }

    [Fact]
    public unsafe void ReadResource_InPlaceAndCopied_GiveTheSameDatasetAsAStreamLoad()
    {
        var bytes = TestDataset.ReadBytes();
        LoadedDataset inPlace;
        fixed (byte* start = bytes)
        {
            using var image = new UnmanagedMemoryStream(start, bytes.Length);
            inPlace = DatasetReader.ReadResource(image);
        }

        using var ordinary = new MemoryStream(bytes, writable: false);
        var copied = DatasetReader.ReadResource(ordinary);

        // Compared with Load(Stream), the pooled-buffer path, not with Default, which itself reads in place.
        var loaded = TestDataset.Load(bytes);
        foreach (var data in new[] { inPlace, copied })
        {
            var kb = new WcoKnowledgeBase(data);
            ModelWalk.Texts(kb).Should().Equal(ModelWalk.Texts(loaded));
            kb.Sources.Select(s => s.Id).Should().Equal(loaded.Sources.Select(s => s.Id));
        }
    }
}
