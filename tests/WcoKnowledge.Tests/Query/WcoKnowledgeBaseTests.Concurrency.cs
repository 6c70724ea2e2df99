using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Query;

public partial class WcoKnowledgeBaseTests
{
    private const int Racers = 64;

    [Fact]
    public void Default_ReadByManyThreadsAtOnce_AllSeeOneInstance()
    {
        // Within one test process the type initializer behind Default runs once, and another test may already
        // have run it; so this cannot prove the first load is race-free. It proves that 64 threads released
        // together by a barrier all get the one shared instance, and that none of them throws.
        var seen = new WcoKnowledgeBase?[Racers];
        var failures = new ConcurrentQueue<Exception>();
        using var barrier = new Barrier(Racers);
        var threads = Enumerable.Range(0, Racers).Select(i => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                seen[i] = WcoKnowledgeBase.Default;
                _ = seen[i]!.GetPillar(10).Title; // and use it
            }
#pragma warning disable CA1031 // every failure is collected and asserted on below
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Enqueue(e);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        failures.Should().BeEmpty();
        seen.Should().OnlyContain(kb => kb != null);
        seen.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle()
            .Which.Should().BeSameAs(WcoKnowledgeBase.Default);
    }
}
