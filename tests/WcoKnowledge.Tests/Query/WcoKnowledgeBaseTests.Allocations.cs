using System;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Query;

public partial class WcoKnowledgeBaseTests
{
    private const int Rounds = 1000;

    [Fact]
    public void Lookups_AllocateNothing()
    {
        // IWcoKnowledgeBase documents that lookups allocate nothing; counted in bytes on this thread, not timed.
        var kb = Kb;
        var found = 0;
        void Lookups()
        {
            found += kb.TryGetItem("pillar-integrity", out _) ? 1 : 0;
            found += kb.TryGetItem("no-such-id", out _) ? 1 : 0;
            found += kb.GetItem("topic-valuation").Title.Length > 0 ? 1 : 0;
            found += kb.TryGetItem<Pillar>("pillar-integrity", out _) ? 1 : 0;
            found += kb.TryGetItem<Objective>("pillar-integrity", out _) ? 1 : 0;
            found += kb.GetItem<Objective>("objective-good-governance").Number;
            found += kb.GetPillar(10).Number + kb.GetObjective(9).Number;
            found += kb.TryGetPillar(11, out _) || kb.TryGetObjective(0, out _) ? 1 : 0;
            found += kb.GetSource("src-wco-history").Id.Length;
            found += kb.TryGetSource("src-nowhere", out _) ? 1 : 0;
            found += kb.GetItems(KnowledgeKind.Topic).Count;
        }

        Lookups(); // warm up: JIT and first-use initialisation
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            Lookups();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        found.Should().BeGreaterThan(Rounds);
    }
}
