using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
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
        var failures = ThreadRace.Run(Racers, (i, _) =>
        {
            seen[i] = WcoKnowledgeBase.Default;
            seen[i]!.GetPillar(10).Title.Should().NotBeEmpty(); // and use it
        });

        failures.Should().BeEmpty();
        seen.Should().OnlyContain(kb => kb != null);
        seen.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle()
            .Which.Should().BeSameAs(WcoKnowledgeBase.Default);
    }
}
