using System;
using System.Globalization;
using WcoKnowledge.Benchmarks.Baseline;

namespace WcoKnowledge.Benchmarks;

/// <summary>
/// How many managed bytes a loaded knowledge base keeps alive, which BenchmarkDotNet does not report (its memory
/// diagnoser counts allocations, not what survives): the live heap after a full, compacting collection, before
/// and after loading and holding an instance. Run with <c>-- --retained</c>.
/// </summary>
internal static class RetainedMemory
{
    internal static void Report()
    {
        // The first access pays one-time costs too (type metadata, STJ's caches, the Default holder): reported
        // apart from the size of one more instance, which is what each further Load costs.
        var first = Measure(() => WcoKnowledgeBase.Default);
        Print("First access to WcoKnowledgeBase.Default (instance + one-time statics)", first);
        Measure(LoadOurs); // the stream path's one-time statics, kept out of the next figure
        Print("One more WcoKnowledgeBase.Load (the instance alone)", Measure(LoadOurs));
        Print("One more WcoKnowledgeBase.Load + its search index", Measure(() =>
        {
            var kb = LoadOurs();
            kb.Search("risk");
            return kb;
        }));
        Print("Search index alone (Default, first search)", Measure(() =>
        {
            WcoKnowledgeBase.Default.Search("risk");
            return WcoKnowledgeBase.Default;
        }));
        Measure(LoadHandWritten); // the reflection metadata cache, kept out of the next figure
        Print("Hand-written baseline: one more load (the instance alone)", Measure(LoadHandWritten));
    }

    private static WcoKnowledgeBase LoadOurs()
    {
        using var stream = EmbeddedDataset.Open();
        return WcoKnowledgeBase.Load(stream);
    }

    private static HandWrittenKnowledge LoadHandWritten()
    {
        using var stream = EmbeddedDataset.Open();
        return HandWrittenKnowledge.Load(stream);
    }

    private static (long Retained, long Allocated) Measure(Func<object> load)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var kept = load();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return (after - before, allocated);
    }

    private static void Print(string what, (long Retained, long Allocated) m)
        => Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-75} retained {1,10:N0} B   allocated {2,10:N0} B", what, m.Retained, m.Allocated));
}
