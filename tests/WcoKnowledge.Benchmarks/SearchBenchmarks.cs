using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using WcoKnowledge.Benchmarks.Baseline;

namespace WcoKnowledge.Benchmarks;

/// <summary>
/// Search on a loaded knowledge base whose index is already built, against a naive case-insensitive
/// <c>Contains</c> scan over every title, alias and summary. Targets: one word 2 µs or less, three words
/// 5 µs or less, and at least 10 times faster than the scan.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private WcoKnowledgeBase _kb = null!;
    private HandWrittenKnowledge _handWritten = null!;

    // One word, three words, a typo (one edit from "integrity") and an acronym (an alias of pillar 2).
    [Params("risk", "border management agencies", "integrty", "CBM")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _kb = WcoKnowledgeBase.Default;
        _kb.Search("warm up: builds the index");
        using var stream = EmbeddedDataset.Open();
        _handWritten = HandWrittenKnowledge.Load(stream);
    }

    [Benchmark(Baseline = true, Description = "Naive ToLowerInvariant().Contains scan")]
    public int NaiveScan() => _handWritten.Search(Query).Count;

    [Benchmark(Description = "WcoKnowledgeBase.Search")]
    public IReadOnlyList<SearchHit> Search() => _kb.Search(Query);
}
