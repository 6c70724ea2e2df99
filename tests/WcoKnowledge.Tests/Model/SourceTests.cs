using System;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

public class SourceTests
{
    private static readonly string[] _webSchemes = { "http", "https" };

    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Fact]
    public void ToString_IsIdAndTitle()
    {
        Kb.GetSource("src-wco-history").ToString().Should().Be("src-wco-history (History)");
        Kb.Sources.Should().OnlyContain(s => s.ToString() == s.Id + " (" + s.Title + ")");
    }

    [Fact]
    public void Url_IsAnAbsoluteHttpOrHttpsUrl()
    {
        foreach (var source in Kb.Sources)
        {
            Uri.TryCreate(source.Url, UriKind.Absolute, out var uri).Should().BeTrue(source.Id);
            uri!.Scheme.Should().BeOneOf(_webSchemes, source.Id);
        }
    }

    [Fact]
    public void KindAndAsOf_AreValid()
    {
        Kb.Sources.Should().OnlyContain(s => Enum.IsDefined(s.Kind));
        Kb.Sources.Should().ContainSingle(s => s.Kind == SourceKind.SeedText).Which.Id.Should().Be("src-seed-bestcargo");
        Kb.Sources.Should().Contain(s => s.AsOf == null, "undated sources are kept with a null date");
        Kb.Sources.Should().OnlyContain(s => s.AsOf == null || s.AsOf.Value <= Kb.AsOf);
    }
}
