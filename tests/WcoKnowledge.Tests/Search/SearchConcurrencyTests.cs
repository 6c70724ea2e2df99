using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;
using static WcoKnowledge.Tests.Search.SearchTestSupport;

namespace WcoKnowledge.Tests.Search;

/// <summary>
/// Many threads searching one knowledge base whose index is not built yet, so that the first searches race to
/// build it: every thread must see the same results, and none may fail.
/// </summary>
public class SearchConcurrencyTests
{
    private const int Racers = 64;
    private const int Rounds = 20;

    private static readonly string[] _queries =
    {
        "CBM", "database of goods", "integrty", "integ", "Conseil de coopération douanière", "revenues",
        "customs", "building", "Harmonised Sytem", "globally netw", "", "zzzz nothing", "C21",
    };

    private static readonly SearchOptions[] _options =
    {
        SearchOptions.Default,
        new() { Limit = 100 },
        new() { Kind = KnowledgeKind.Pillar, Limit = 3 },
        new() { MinimumScore = 0.5 },
    };

    [Fact]
    public void Search_ManyThreadsOnAFreshKnowledgeBase_AllSeeTheSameResults()
    {
        var expected = Run(Kb);

        for (var round = 0; round < Rounds; round++)
        {
            var fresh = LoadFresh();
            var results = new List<string>?[Racers];
            var failures = ThreadRace.Run(Racers, (i, _) =>
            {
                results[i] = Run(fresh);
                HitsBelongTo(fresh, i);
            });

            failures.Should().BeEmpty("round {0}", round);
            results.Should().OnlyContain(r => r != null && r.SequenceEqual(expected), "round {0}: every thread ranks as Default does", round);
        }
    }

    [Fact]
    public void Search_ConcurrentSearchesOnDefault_MatchSequentialSearches()
    {
        var expected = Run(Kb);
        var results = new ConcurrentBag<List<string>>();

        Enumerable.Range(0, Racers).AsParallel().WithDegreeOfParallelism(Math.Min(Racers, 16)).ForAll(_ => results.Add(Run(Kb)));

        results.Should().HaveCount(Racers).And.OnlyContain(r => r.SequenceEqual(expected));
    }

    // Every query with every option set, as one flat list of "query | options | id score field" lines.
    private static List<string> Run(WcoKnowledgeBase kb)
    {
        var lines = new List<string>();
        foreach (var query in _queries)
        {
            for (var o = 0; o < _options.Length; o++)
            {
                lines.Add(query + " | " + o);
                lines.AddRange(Fingerprint(kb.Search(query, _options[o])));
            }
        }

        return lines;
    }

    // Hits are the searched instance's own items, not Default's.
    private static void HitsBelongTo(WcoKnowledgeBase kb, int thread)
    {
        var hit = kb.Search(_queries[thread % _queries.Length] + " CBM")[0];
        if (!ReferenceEquals(hit.Item, kb.GetItem(hit.Item.Id)))
        {
            throw new InvalidOperationException($"Thread {thread} got an item of another knowledge base: {hit.Item.Id}.");
        }
    }
}
