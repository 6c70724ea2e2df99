using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
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
    public void EmbeddedDataset_IsTheTestFileWithoutWhiteSpaceBetweenTokens()
    {
        // The build embeds Data/wco-knowledge.json compacted (Build/CompactDataset.targets). What that must give,
        // worked out independently with System.Text.Json's reader: every token's bytes as they are in the file, and
        // of the bytes between tokens only the separators (',' and ':'), none of the white space.
        var file = TestDataset.ReadBytes();
        var expected = new List<byte>(file.Length);
        var reader = new Utf8JsonReader(file);
        var end = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            expected.AddRange(file.Skip(end).Take(start - end).Where(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')));
            // A member name's BytesConsumed runs on to its ':' (and any white space before it): the name alone ends
            // at its closing quote, and the ':' is kept with the next token's gap.
            end = reader.TokenType == JsonTokenType.PropertyName ? start + reader.ValueSpan.Length + 2 : (int)reader.BytesConsumed;
            expected.AddRange(file.Skip(start).Take(end - start));
        }

        using var resource = typeof(WcoKnowledgeBase).Assembly.GetManifestResourceStream(ResourceName);
        resource.Should().NotBeNull();
        using var copy = new MemoryStream();
        resource!.CopyTo(copy);

        copy.ToArray().Should().Equal(expected, "the Load tests run on the file, and the package embeds the same JSON");
        copy.Length.Should().BeLessThan(file.Length * 9 / 10, "the file is laid out with indentation, which the copy leaves out");
    }

    [Fact]
    public void Default_HoldsTheSameDatasetAsTheFile()
    {
        ModelWalk.Texts(WcoKnowledgeBase.Default).Should().Equal(ModelWalk.Texts(TestDataset.Load(TestDataset.ReadBytes())));
        WcoKnowledgeBase.Default.Sources.Select(s => s.Id).Should().Equal(TestDataset.Load(TestDataset.ReadBytes()).Sources.Select(s => s.Id));
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
