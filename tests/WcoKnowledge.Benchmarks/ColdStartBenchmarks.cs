using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using WcoKnowledge.Benchmarks.Baseline;

namespace WcoKnowledge.Benchmarks;

/// <summary>
/// The first access in a fresh process: <see cref="RunStrategy.ColdStart"/> runs no pilot, no warm-up and no
/// jitting stage, so with one iteration per launch each measurement is the very first call, JIT and type
/// loading included. Each launch is a new process (out of process; in process, as in the CI smoke, only the
/// first launch of the whole run is cold). The baseline is the hand-written reflection-based first load.
/// </summary>
[ColdStartJob]
[MemoryDiagnoser]
public class ColdStartBenchmarks
{
    [Benchmark(Baseline = true, Description = "Hand-written first load + LINQ lookup")]
    public object? HandWrittenFirstLoad()
    {
        using var stream = EmbeddedDataset.Open();
        return HandWrittenKnowledge.Load(stream).GetPillar(2);
    }

    [Benchmark(Description = "First access to Default + GetPillar(2)")]
    public Pillar FirstAccessToDefault() => WcoKnowledgeBase.Default.GetPillar(2);
}

/// <summary>
/// Turns whichever job runs this class (the default one, or the one chosen with <c>--job</c>) into a cold-start job.
/// A mutator rather than a <c>[SimpleJob]</c>: a plain job attribute would run beside the command line's job, out of
/// process, even in the in-process CI smoke.
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class ColdStartJobAttribute : JobMutatorConfigBaseAttribute
{
    public ColdStartJobAttribute()
        : base(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(15).WithWarmupCount(0).WithIterationCount(1))
    {
    }
}
