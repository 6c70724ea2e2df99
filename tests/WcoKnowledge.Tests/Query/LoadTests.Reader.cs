using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>How the reader treats input at the edges of the format: where each problem is reported, and in which words.</summary>
public partial class LoadTests
{
    [Fact]
    public void Load_FileWithAUtf8ByteOrderMark_Loads()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(TestDataset.ReadBytes()).ToArray();

        TestDataset.Load(bytes).Pillars.Should().HaveCount(10);
    }

    [Theory]
    [InlineData(" {}")]
    [InlineData("x")]
    [InlineData(" []")]
    public void Load_ContentAfterTheRootObject_IsRefused(string trailer)
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(_ => { }) + trailer);

        e.Path.Should().Be("$");
        e.LineNumber.Should().NotBeNull();
    }

    [Fact]
    public void Load_NumberWhereATextBelongs_NamesTheMemberAndBothTypes()
    {
        var json = TestDataset.Mutate(root => root["pillars"]![3]!["title"] = 5);

        var e = TestDataset.LoadFails(json);

        e.Path.Should().Be("$.pillars[3].title");
        e.Message.Should().Contain("expected a string, found a number");
        e.LineNumber.Should().Be(0, "the mutated file is written on one line");
        e.BytePositionInLine.Should().Be(json.IndexOf("\"title\":5", StringComparison.Ordinal) + "\"title\":5".Length);
    }

    [Fact]
    public void Load_RequiredMemberMissing_IsReportedAtItsObject()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["sources"]![2]!.AsObject().Remove("url")));

        e.Path.Should().Be("$.sources[2]");
        e.Message.Should().Contain("'url'");
    }

    [Fact]
    public void Load_RequiredMemberThatMayBeNull_MustStillBePresent()
    {
        // A source's asOf may be null ("undated"), but leaving it out is refused: silence is not a statement.
        var withNull = TestDataset.Mutate(root => root["sources"]![0]!["asOf"] = null);
        var without = TestDataset.Mutate(root => root["sources"]![0]!.AsObject().Remove("asOf"));

        TestDataset.Load(withNull).Sources[0].AsOf.Should().BeNull();
        TestDataset.LoadFails(without).Message.Should().Contain("'asOf'");
    }

    [Fact]
    public void Load_InvalidUtf8InsideAText_IsReportedAtTheMember()
    {
        var json = TestDataset.Mutate(root => root["pillars"]![0]!["summary"] = "MARKER");
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = json.IndexOf("MARKER", StringComparison.Ordinal);
        bytes[at] = 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        bytes[at + 1] = (byte)'(';

        var e = TestDataset.LoadFails(bytes);

        e.Path.Should().StartWith("$.pillars[0]");
    }

    [Fact]
    public void Load_EscapedLoneSurrogate_IsRefused()
    {
        var json = TestDataset.Mutate(root => root["pillars"]![0]!["summary"] = "MARKER").Replace("MARKER", "\\ud800", StringComparison.Ordinal);

        var e = TestDataset.LoadFails(json);

        e.Path.Should().Be("$.pillars[0].summary");
    }

    [Fact]
    public void Load_UnknownMemberWithAHugeName_KeepsTheMessageShort()
    {
        var name = new string('q', 1_000_000);
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["pillars"]![0]![name] = 1));

        e.Message.Length.Should().BeLessThan(2_000);
        e.Path.Should().StartWith("$.pillars[0]['qqq", "the shortened name has spaces, so it takes the bracket form");
        e.Path.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void Load_MemberNameWithPunctuation_GetsTheBracketFormInThePath()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["organization"]!["head.quarters"] = 1));

        e.Path.Should().Be("$.organization['head.quarters']");
    }

    [Fact]
    public void Load_ErrorAfterAByteOrderMark_IsPlacedAsIfTheMarkWereNotThere()
    {
        const string Json = "{\"formatVersion\": \"two\"}";
        var withMark = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Json)).ToArray();

        var e = TestDataset.LoadFails(withMark);
        var plain = TestDataset.LoadFails(Json);

        e.Path.Should().Be("$.formatVersion");
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().Be(Json.IndexOf("\"two\"", StringComparison.Ordinal) + "\"two\"".Length);
        e.BytePositionInLine.Should().Be(plain.BytePositionInLine);
    }

    [Fact]
    public void Load_MemberNameWrittenWithEscapes_IsTheSameMember()
    {
        var json = TestDataset.Mutate(_ => { }).Replace("\"title\":", "\"\\u0074itle\":", StringComparison.Ordinal);

        TestDataset.Load(json).Pillars[0].Title.Should().Be(WcoKnowledgeBase.Default.Pillars[0].Title);
    }

    [Fact]
    public void Load_HugeEscapedUnknownMember_IsRefusedWithAShortMessage()
    {
        var json = TestDataset.Mutate(_ => { }).Insert(1, "\"\\u0061" + new string('q', 2_000_000) + "\": 1, ");

        var e = TestDataset.LoadFails(json);

        e.Message.Length.Should().BeLessThan(2_000);
        e.Path.Should().StartWith("$['aqqq");
    }

    [Theory]
    [InlineData("\"formatVersion\": 4,", "$.formatVersion")]
    [InlineData("\"title\": ", "$.pillars[0].title")]
    public void Load_MemberWrittenTwice_IsRefusedAtTheSecondOne(string member, string expectedPath)
    {
        // A member written twice used to be read as its last value: a silent overwrite. Now it is an error.
        var json = TestDataset.Mutate(root => root["pillars"]![0]!["title"] = "MARKER")
            .Replace("\"title\":\"MARKER\"", "\"title\":\"First\",\"title\":\"Second\"", StringComparison.Ordinal)
            .Replace("\"formatVersion\":4,", "\"formatVersion\":4,\"formatVersion\":4,", StringComparison.Ordinal);
        if (member.StartsWith("\"title", StringComparison.Ordinal))
        {
            json = json.Replace("\"formatVersion\":4,\"formatVersion\":4,", "\"formatVersion\":4,", StringComparison.Ordinal);
        }
        else
        {
            json = json.Replace("\"title\":\"First\",\"title\":\"Second\"", "\"title\":\"Second\"", StringComparison.Ordinal);
        }

        var e = TestDataset.LoadFails(json);

        e.Path.Should().Be(expectedPath);
        e.Message.Should().Contain("written twice");
        e.Errors.Should().ContainSingle().Which.Should().StartWith(expectedPath + ": ");
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("missing")]
    [InlineData("null")]
    [InlineData("wrongType")]
    [InlineData("notAnInteger")]
    [InlineData("notJson")]
    public void Load_ShapeProblem_IsDescribedInTheDatasetsTermsWithItsPosition(string problem)
    {
        var json = problem switch
        {
            "unknown" => TestDataset.Mutate(root => root["sources"]![1]!["publisherr"] = "x"),
            "missing" => TestDataset.Mutate(root => root["sources"]![1]!.AsObject().Remove("publisher")),
            "null" => TestDataset.Mutate(root => root["sources"]![1]!["publisher"] = null),
            "wrongType" => TestDataset.Mutate(root => root["sources"]![1]!["publisher"] = new System.Text.Json.Nodes.JsonArray()),
            "notAnInteger" => TestDataset.Mutate(root => root["pillars"]![1]!["number"] = 2.5),
            _ => TestDataset.Mutate(_ => { }).Replace("\"publisher\":", "\"publisher\" ", StringComparison.Ordinal),
        };
        var (path, words) = problem switch
        {
            "unknown" => ("$.sources[1].publisherr", "'publisherr' is not a member of this object"),
            "missing" => ("$.sources[1]", "the required member 'publisher' is missing"),
            "null" => ("$.sources[1].publisher", "expected a string, found null"),
            "wrongType" => ("$.sources[1].publisher", "expected a string, found an array"),
            "notAnInteger" => ("$.pillars[1].number", "expected a whole number"),
            _ => ("$.sources[0]", "not valid JSON"),
        };

        var e = TestDataset.LoadFails(json);

        e.Path.Should().Be(path);
        e.Message.Should().Contain(words);
        e.Message.Should().StartWith("The dataset is not JSON of the expected shape. " + path + ": ");
        Reliability.MutationPropertyTests.NamesAnInternalType(e.Message).Should().BeFalse(e.Message);
        e.LineNumber.Should().Be(0, "the mutated file is written on one line");
        e.BytePositionInLine.Should().BeInRange(1, json.Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(100_000)]
    public void Load_SeekableStreamThatUnderstatesItsLength_IsStillReadWhole(int claimed)
    {
        // The reader sizes its buffer from Length; a stream that delivers more than it said must not be cut short.
        using var stream = new UnderstatingStream(TestDataset.ReadBytes(), claimed);

        WcoKnowledgeBase.Load(stream).Items.Should().HaveCount(WcoKnowledgeBase.Default.Items.Count);
    }

    private sealed class UnderstatingStream(byte[] bytes, int claimed) : System.IO.MemoryStream(bytes, writable: false)
    {
        public override long Length => Math.Min(claimed, base.Length);
    }
}
