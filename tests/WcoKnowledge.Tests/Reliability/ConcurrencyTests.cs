using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// The first access to Default, and the first search on it, raced by 64 threads. A type initializer runs once per load
/// context, so each round loads a fresh copy of the library into its own collectible AssemblyLoadContext: every round is a
/// real first access.
/// </summary>
public class ConcurrencyTests
{
    private const int Rounds = 20;
    private const int Racers = 64;

    [Fact]
    public void Default_FirstAccessAndFirstSearchRacedBy64Threads_OneInstanceSameResultsNoException()
    {
        var fingerprints = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            using var library = IsolatedLibrary.FromPath(IsolatedLibrary.LibraryPath);
            library.Assembly.Should().NotBeSameAs(typeof(WcoKnowledgeBase).Assembly, "each round must see a fresh copy");

            var (instances, results, failures) = Race(library);

            failures.Should().BeEmpty("round {0}", round);
            instances.Should().OnlyContain(kb => kb != null && kb.GetType() == library.KnowledgeBaseType, "round {0}", round);
            instances.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle("round {0}: all threads share one Default", round);
            results.Should().OnlyContain(r => r != null && r.Count > 0, "round {0}", round);
            results.Select(r => string.Join(", ", r!)).Distinct().Should().ContainSingle("round {0}: every thread sees the same hits and scores", round);
            fingerprints.Add(string.Join(", ", results[0]!));
        }

        fingerprints.Distinct().Should().ContainSingle("every round loads the same data")
            .Which.Should().Be(string.Join(", ", WcoKnowledgeBase.Default.Search("customs").Select(h => FormattableString.Invariant($"{h.Item.Id} {h.Score:R}"))));
    }

    private static (object?[] Instances, IReadOnlyList<string>?[] Results, IReadOnlyCollection<Exception> Failures) Race(IsolatedLibrary library)
    {
        var instances = new object?[Racers];
        var results = new IReadOnlyList<string>?[Racers];
        var failures = ThreadRace.Run(Racers, (i, barrier) =>
        {
            instances[i] = library.GetDefault();
            barrier.SignalAndWait(); // and race the first search, which builds the index
            results[i] = library.Search(instances[i]!, "customs");
        });
        return (instances, results, failures);
    }
}
