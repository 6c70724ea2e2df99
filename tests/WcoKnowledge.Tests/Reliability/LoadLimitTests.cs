using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>WcoLoadOptions.MaxBytes and MaxDepth: an oversized or too deep dataset is refused with a WcoDataException that says why and where, without reading more than it must.</summary>
public class LoadLimitTests
{
    private const long OneMiB = 1024 * 1024;

    private static readonly byte[] _file = TestDataset.ReadBytes();

    [Fact]
    public void Load_MaxBytesOneLessThanTheFile_NamesTheLimit()
    {
        var limit = _file.Length - 1;
        using var stream = new MemoryStream(_file, writable: false);

        var act = () => WcoKnowledgeBase.Load(stream, new WcoLoadOptions { MaxBytes = limit });

        var e = act.Should().ThrowExactly<WcoDataException>().Which;
        e.Message.Should().Contain($"limit of {limit} bytes").And.Contain("MaxBytes");
        e.Errors.Should().ContainSingle().Which.Should().StartWith("$: ");
        stream.Position.Should().Be(0, "a seekable stream over the limit is refused before a byte is read");
    }

    [Fact]
    public void Load_NonSeekableStreamOverMaxBytes_NamesTheLimit()
    {
        var limit = _file.Length / 2;
        using var stream = new CountingStream(new MemoryStream(_file, writable: false));

        var act = () => WcoKnowledgeBase.Load(stream, new WcoLoadOptions { MaxBytes = limit });

        act.Should().ThrowExactly<WcoDataException>().Which.Message.Should().Contain($"limit of {limit} bytes");
    }

    [Fact]
    public void Load_MaxBytesExactlyTheFile_Loads()
    {
        using var stream = new CountingStream(new MemoryStream(_file, writable: false), maxChunk: 1000);

        var kb = WcoKnowledgeBase.Load(stream, new WcoLoadOptions { MaxBytes = _file.Length });

        kb.Items.Should().HaveCount(WcoKnowledgeBase.Default.Items.Count);
        stream.BytesRead.Should().Be(_file.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Load_EndlessNonSeekableStream_StopsReadingSoonAfterTheLimit(bool useAsync)
    {
        // A dataset whose first string never ends: without the cap the loader would buffer it until memory runs out.
        var prefix = Encoding.UTF8.GetBytes("{\"formatVersion\": 4, \"dataVersion\": \"");
        using var stream = new CountingStream(new EndlessStream(prefix, (byte)'a'), maxChunk: 64 * 1024);
        var options = new WcoLoadOptions { MaxBytes = OneMiB };

        Func<Task> act = useAsync
            ? () => WcoKnowledgeBase.LoadAsync(stream, options)
            : () => Task.FromResult(WcoKnowledgeBase.Load(stream, options));

        (await act.Should().ThrowExactlyAsync<WcoDataException>()).Which.Message.Should().Contain($"limit of {OneMiB} bytes");
        stream.BytesRead.Should().BeGreaterThan(OneMiB).And.BeLessThanOrEqualTo(OneMiB + (64 * 1024), "reading stops at the first read past the limit");
    }

    [Fact]
    public void Load_EndlessStreamWithDefaultOptions_StopsAt16MiB()
    {
        using var stream = new CountingStream(new EndlessStream(Encoding.UTF8.GetBytes("{\"dataVersion\": \""), (byte)' '), maxChunk: 1024 * 1024);

        var act = () => WcoKnowledgeBase.Load(stream);

        act.Should().ThrowExactly<WcoDataException>().Which.Message.Should().Contain($"limit of {WcoLoadOptions.DefaultMaxBytes} bytes");
        stream.BytesRead.Should().BeLessThanOrEqualTo(WcoLoadOptions.DefaultMaxBytes + OneMiB);
    }

    [Fact]
    public void Load_MaxDepth3_ReportsPathLineAndPosition()
    {
        using var stream = new MemoryStream(_file, writable: false);

        var act = () => WcoKnowledgeBase.Load(stream, new WcoLoadOptions { MaxDepth = 3 });

        var e = act.Should().ThrowExactly<WcoDataException>().Which;
        e.Path.Should().StartWith("$.");
        e.LineNumber.Should().BePositive("the first object nested four deep is well into the file");
        e.BytePositionInLine.Should().NotBeNull();
        e.Message.Should().Contain("depth").And.Contain(e.Path);
        e.Errors.Should().ContainSingle().Which.Should().StartWith(e.Path + ": ");
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Load_DeeplyNestedArrays_AreRefusedWhereTheyStart(int depth)
    {
        // The typed reader stops at the first bracket that is not a source object, so nesting costs nothing however deep.
        var json = "{\"formatVersion\": 4, \"sources\": " + new string('[', depth) + new string(']', depth) + "}";

        var e = TestDataset.LoadFails(json);

        e.Path.Should().Be("$.sources[0]");
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().Be(json.IndexOf('[', StringComparison.Ordinal) + 2);
        e.Message.Should().Contain("$.sources[0]");
    }

    [Fact]
    public void Load_FileWithinTheDefaultDepth_LoadsWithADepthJustEnough()
    {
        // The dataset nests 8 containers deep at most (the root, strategicPlans, a plan, its objectives, an objective, its
        // translations, "fr", its sources): that depth must suffice, and one less must not.
        var deepEnough = () => WcoKnowledgeBase.Load(new MemoryStream(_file, writable: false), new WcoLoadOptions { MaxDepth = 8 });
        var tooShallow = () => WcoKnowledgeBase.Load(new MemoryStream(_file, writable: false), new WcoLoadOptions { MaxDepth = 7 });

        deepEnough.Should().NotThrow();
        tooShallow.Should().ThrowExactly<WcoDataException>();
    }
}
