using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;
using static WcoKnowledge.Tests.Search.SearchTestSupport;

namespace WcoKnowledge.Tests.Search;

/// <summary>Odd input (null, blank, over-long), the shape of the result, and knowledge bases other than Default.</summary>
public partial class SearchBehaviourTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\u00A0\u2003\u3000")] // no-break, em and ideographic spaces
    [InlineData("--- ... ,;!?")]
    public void Search_BlankOrPunctuationOnly_ReturnsEmpty(string query)
    {
        var hits = Kb.Search(query);

        hits.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public void Search_Null_ThrowsArgumentNullException()
    {
        var act = () => Kb.Search(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("query");
    }

    [Theory]
    [InlineData("CBM")]
    [InlineData("")]
    [InlineData("no such thing at all xyzzy")]
    public void Search_Result_IsReadOnly(string query)
    {
        var list = (IList<SearchHit>)Kb.Search(query);
        var hit = new SearchHit(Kb.Organization, 1, SearchField.Title, Kb.Organization.Title);

        list.Invoking(l => l.Add(hit)).Should().Throw<NotSupportedException>();
        list.Invoking(l => l.Clear()).Should().Throw<NotSupportedException>();
        list.Invoking(l => l.Insert(0, hit)).Should().Throw<NotSupportedException>();
        if (list.Count > 0)
        {
            list.Invoking(l => l[0] = hit).Should().Throw<NotSupportedException>();
            list.Invoking(l => l.RemoveAt(0)).Should().Throw<NotSupportedException>();
        }
    }

    [Fact]
    public void SearchHit_Kind_IsTheKindOfItsItem()
    {
        foreach (var word in new[] { "customs", "WCO", "trade", "building" })
        {
            Kb.Search(word, _all).Should().NotBeEmpty().And.OnlyContain(h => h.Kind == h.Item.Kind);
        }
    }

    [Fact]
    public void Search_QueryOver1000Characters_IsTruncatedNotRejected()
    {
        var junk = string.Concat(Enumerable.Repeat("zq9 ", 1250)); // 5,000 chars of words that match nothing

        Kb.Search(junk).Should().BeEmpty();
        Kb.Search("CBM " + junk).Should().Contain(h => h.Item.Id == "pillar-coordinated-border-management");
        Kb.Search("CBM " + new string('x', 4996))[0].Item.Id.Should().Be("pillar-coordinated-border-management");
        Kb.Search(new string(' ', 1000) + "CBM").Should().BeEmpty("only the first 1,000 characters are read");
    }

    [Fact]
    public void Search_MaxQueryLength_IsWhereReadingStops()
    {
        // The published limit is the one the search applies. A word whose last letter is the limit-th character is read
        // whole (a shorter read would turn "CBM" into a prefix, which scores lower); one letter further, it is cut.
        var limit = SearchOptions.MaxQueryLength;
        Fingerprint(Kb.Search(new string(' ', limit - 3) + "CBM")).Should().Equal(Fingerprint(Kb.Search("CBM"))).And.NotBeEmpty();
        Fingerprint(Kb.Search(new string(' ', limit - 2) + "CBM")).Should().Equal(Fingerprint(Kb.Search("CB")));
    }

    [Fact]
    public void Search_WordCutAtTheThousandthCharacter_IsReadAsBeingTyped()
    {
        // The first 1,000 characters end in "integ": read as a word being typed, as if the query stopped there.
        var query = new string(' ', 995) + "integrity is what this query is about";

        Fingerprint(Kb.Search(query)).Should().Equal(Fingerprint(Kb.Search("integ"))).And.NotBeEmpty();
    }

    [Fact]
    public void Search_CustomKnowledgeBase_HasItsOwnIndexAndItems()
    {
        var custom = LoadFresh();

        var hits = custom.Search("CBM");

        custom.Should().NotBeSameAs(WcoKnowledgeBase.Default);
        Fingerprint(hits).Should().Equal(Fingerprint(Kb.Search("CBM")));
        hits[0].Item.Should().BeSameAs(custom.GetItem("pillar-coordinated-border-management"));
        hits[0].Item.Should().NotBeSameAs(Kb.GetItem("pillar-coordinated-border-management"));
    }

    [Fact]
    public void Search_KnowledgeBaseLoadedWithChangedData_FindsItsOwnWordsOnly()
    {
        var root = JsonNode.Parse(File.ReadAllText(DatasetPath, Encoding.UTF8))!;
        foreach (var pillar in root["pillars"]!.AsArray())
        {
            if ((string?)pillar!["id"] == "pillar-integrity")
            {
                pillar["aliases"]!.AsArray().Add("Probity");
            }
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString()));
        var custom = WcoKnowledgeBase.Load(stream);

        var hit = custom.Search("probity").Should().ContainSingle().Which;
        hit.Item.Should().BeSameAs(custom.GetPillar(10));
        hit.Field.Should().Be(SearchField.Alias);
        hit.MatchedText.Should().Be("Probity");
        Kb.Search("probity").Should().BeEmpty("Default keeps its own data and index");
        LoadFresh().Search("probity").Should().BeEmpty();
    }
}
