using BenchmarkDotNet.Attributes;
using WcoKnowledge.Benchmarks.Baseline;

namespace WcoKnowledge.Benchmarks;

/// <summary>
/// Building a knowledge base from the embedded dataset: read, deserialize, validate, index. The baseline reads the
/// same bytes with reflection-based System.Text.Json into mutable classes and gathers the items for LINQ (no
/// validation, no indexes). Steady state: the JIT's and STJ's one-time costs are paid in warm-up; the first load
/// in a process is what <see cref="ColdStartBenchmarks"/> and startup/measure-startup.sh measure.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Baseline = true, Description = "Hand-written: reflection STJ + LINQ")]
    public HandWrittenKnowledge HandWritten()
    {
        using var stream = EmbeddedDataset.Open();
        return HandWrittenKnowledge.Load(stream);
    }

    [Benchmark(Description = "WcoKnowledgeBase.Load")]
    public WcoKnowledgeBase Load()
    {
        using var stream = EmbeddedDataset.Open();
        return WcoKnowledgeBase.Load(stream);
    }

    // The search index is built on the first search, not at load: this is the whole cost for a caller who searches.
    [Benchmark(Description = "WcoKnowledgeBase.Load + first Search")]
    public int LoadAndFirstSearch()
    {
        using var stream = EmbeddedDataset.Open();
        return WcoKnowledgeBase.Load(stream).Search("risk").Count;
    }
}
