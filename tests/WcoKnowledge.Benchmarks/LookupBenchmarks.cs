using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WcoKnowledge.Benchmarks.Baseline;

namespace WcoKnowledge.Benchmarks;

/// <summary>
/// Lookups on a loaded knowledge base (<see cref="WcoKnowledgeBase.Default"/>), each against the LINQ
/// <c>FirstOrDefault</c> a user would write over the hand-written model. Targets: 10 ns or less, 0 bytes allocated.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    // Mid-list keys, so the LINQ baseline walks a typical distance rather than finding the first element.
    private const string ItemId = "pillar-integrity";
    private const string SourceId = "src-wco-history";

    private WcoKnowledgeBase _kb = null!;
    private HandWrittenKnowledge _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _kb = WcoKnowledgeBase.Default;
        using var stream = EmbeddedDataset.Open();
        _handWritten = HandWrittenKnowledge.Load(stream);
    }

    [Benchmark(Baseline = true, Description = "LINQ FirstOrDefault by id")]
    [BenchmarkCategory("ItemById")]
    public object? LinqItemById() => _handWritten.GetItem(ItemId);

    [Benchmark(Description = "GetItem(id)")]
    [BenchmarkCategory("ItemById")]
    public IKnowledgeItem GetItem() => _kb.GetItem(ItemId);

    [Benchmark(Description = "TryGetItem(id)")]
    [BenchmarkCategory("ItemById")]
    public bool TryGetItem() => _kb.TryGetItem(ItemId, out _);

    [Benchmark(Description = "GetItem<Pillar>(id)")]
    [BenchmarkCategory("ItemById")]
    public Pillar GetItemOfType() => _kb.GetItem<Pillar>(ItemId);

    [Benchmark(Baseline = true, Description = "LINQ FirstOrDefault pillar by number")]
    [BenchmarkCategory("PillarByNumber")]
    public object? LinqPillarByNumber() => _handWritten.GetPillar(8);

    [Benchmark(Description = "GetPillar(8)")]
    [BenchmarkCategory("PillarByNumber")]
    public Pillar GetPillar() => _kb.GetPillar(8);

    [Benchmark(Baseline = true, Description = "LINQ FirstOrDefault objective by number")]
    [BenchmarkCategory("ObjectiveByNumber")]
    public object? LinqObjectiveByNumber() => _handWritten.GetObjective(5);

    [Benchmark(Description = "GetObjective(5)")]
    [BenchmarkCategory("ObjectiveByNumber")]
    public Objective GetObjective() => _kb.GetObjective(5);

    [Benchmark(Baseline = true, Description = "LINQ FirstOrDefault source by id")]
    [BenchmarkCategory("SourceById")]
    public object? LinqSourceById() => _handWritten.GetSource(SourceId);

    [Benchmark(Description = "GetSource(id)")]
    [BenchmarkCategory("SourceById")]
    public Source GetSource() => _kb.GetSource(SourceId);
}
