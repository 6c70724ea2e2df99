using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>How the hand-written JSON reader treats input at the edges of the format: where each problem is reported.</summary>
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
}
