using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>WcoKnowledgeBase.Load(Stream) on the real file and on input that is not JSON of the right shape. Rule violations: LoadTests.Rules.cs.</summary>
public partial class LoadTests
{
    public static TheoryData<string> MalformedCases { get; } = new()
    {
        "empty-stream", "null", "array", "empty-object", "truncated", "binary", "comment", "trailing-comma", "string-for-number", "number-overflow",
    };

    private static byte[] Malformed(string caseName) => caseName switch
    {
        "empty-stream" => Array.Empty<byte>(),
        "null" => Encoding.UTF8.GetBytes("null"),
        "array" => Encoding.UTF8.GetBytes("[]"),
        "empty-object" => Encoding.UTF8.GetBytes("{}"),
        "truncated" => TestDataset.ReadBytes().AsSpan(0, TestDataset.ReadBytes().Length / 2).ToArray(),
        "binary" => new byte[] { 0xFF, 0xFE, 0x00, 0x01, 0x80, 0x7B },
        "comment" => Encoding.UTF8.GetBytes("/* hello */" + File.ReadAllText(TestDataset.FilePath)),
        "trailing-comma" => Encoding.UTF8.GetBytes(TestDataset.Mutate(_ => { }).TrimEnd('}') + ",}"),
        "string-for-number" => Encoding.UTF8.GetBytes(TestDataset.Mutate(root => root["formatVersion"] = "1")),
        "number-overflow" => Encoding.UTF8.GetBytes(TestDataset.Mutate(root => root["pillars"]![0]!["number"] = 1e20)),
        _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "Unknown case."),
    };

    [Fact]
    public void Load_CopiedDatasetFile_EqualsDefaultInContentButIsANewInstance()
    {
        using var stream = File.OpenRead(TestDataset.FilePath);

        var kb = WcoKnowledgeBase.Load(stream);

        kb.Should().NotBeSameAs(WcoKnowledgeBase.Default);
        kb.DataVersion.Should().Be(WcoKnowledgeBase.Default.DataVersion);
        kb.AsOf.Should().Be(WcoKnowledgeBase.Default.AsOf);
        kb.Items.Select(i => i.Id).Should().Equal(WcoKnowledgeBase.Default.Items.Select(i => i.Id));
        kb.Sources.Select(s => s.Id).Should().Equal(WcoKnowledgeBase.Default.Sources.Select(s => s.Id));
        kb.Roles.Should().HaveCount(4);
        kb.Objectives.Should().HaveCount(9);
        kb.Pillars.Should().HaveCount(10);
        kb.Organization.Should().NotBeSameAs(WcoKnowledgeBase.Default.Organization);
        kb.GetPillar(10).Title.Should().Be(WcoKnowledgeBase.Default.GetPillar(10).Title);
        kb.Organization.CurrentMembership.ToString().Should().Be(WcoKnowledgeBase.Default.Organization.CurrentMembership.ToString());
        kb.ToString().Should().Be(WcoKnowledgeBase.Default.ToString());
    }

    [Fact]
    public void Load_CalledTwice_GivesIndependentInstances()
    {
        var first = TestDataset.Load(TestDataset.ReadBytes());
        var second = TestDataset.Load(TestDataset.ReadBytes());

        second.Should().NotBeSameAs(first);
        second.GetPillar(1).Should().NotBeSameAs(first.GetPillar(1));
        second.GetSource("src-wco-gnc").Should().NotBeSameAs(first.GetSource("src-wco-gnc"));
        second.GetPillar(1).Sources.Should().OnlyContain(s => ReferenceEquals(s, second.GetSource(s.Id)), "each base cites its own sources");
    }

    [Fact]
    public void Load_Null_ThrowsArgumentNullException()
    {
        Action act = () => WcoKnowledgeBase.Load(null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("utf8Json");
    }

    [Fact]
    public void Load_LeavesTheStreamOpen()
    {
        using var good = new MemoryStream(TestDataset.ReadBytes());
        using var bad = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        WcoKnowledgeBase.Load(good);
        ((Action)(() => WcoKnowledgeBase.Load(bad))).Should().Throw<WcoDataException>();

        good.CanRead.Should().BeTrue("the caller owns the stream");
        bad.CanRead.Should().BeTrue("the caller owns the stream, also on failure");
    }

    [Fact]
    public void Load_StreamThatFailsToRead_LetsTheIOExceptionThrough()
    {
        using var stream = new FailingStream();
        Action act = () => WcoKnowledgeBase.Load(stream);

        act.Should().Throw<IOException>().WithMessage("The disk is on fire.");
    }

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public void Load_MalformedInput_ThrowsWcoDataExceptionOnly(string caseName)
    {
        var e = TestDataset.LoadFails(Malformed(caseName));

        e.Errors.Should().NotBeEmpty();
        e.Errors.Should().OnlyContain(error => error.StartsWith('$'), "each error starts with its JSON path");
        e.Message.Should().NotBeNullOrWhiteSpace();
        if (caseName != "null")
        {
            e.Path.Should().StartWith("$", "a problem in the JSON is located by its path");
            e.LineNumber.Should().NotBeNull();
            e.BytePositionInLine.Should().NotBeNull();
            e.InnerException.Should().BeNull("the exception itself says what and where; no internal parser type leaks out");
        }
    }

    [Fact]
    public void Load_JsonNull_SaysItIsEmpty()
    {
        var e = TestDataset.LoadFails("null");

        e.Message.Should().Contain("null");
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void Load_FailedLoad_LeavesDefaultIntact()
    {
        var before = WcoKnowledgeBase.Default;
        var items = before.Items.Count;
        var sources = before.Sources.Count;

        TestDataset.LoadFails(TestDataset.Mutate(root => root["pillars"]![0]!["id"] = "Pillar-X"));
        TestDataset.LoadFails("{}");

        WcoKnowledgeBase.Default.Should().BeSameAs(before);
        WcoKnowledgeBase.Default.Items.Should().HaveCount(items);
        WcoKnowledgeBase.Default.Sources.Should().HaveCount(sources);
        WcoKnowledgeBase.Default.GetPillar(1).Id.Should().Be("pillar-globally-networked-customs");
    }
}
