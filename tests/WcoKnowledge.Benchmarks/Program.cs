using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace WcoKnowledge.Benchmarks;

/// <summary>
/// Runs the benchmarks with BenchmarkDotNet's command line (<c>--filter</c>, <c>--job</c>, <c>--inProcess</c>, ...),
/// or, with <c>--retained</c>, prints the retained-memory report. Exits non-zero when any benchmark fails,
/// because BenchmarkDotNet itself reports a failed benchmark (or a refused Debug build) and still exits 0.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--retained"))
        {
            RetainedMemory.Report();
            return 0;
        }

        // Medians are what RESULTS.md quotes: on a noisy 2-core machine they move less than means.
        var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
        var failures = summaries
            .SelectMany(s => s.HasCriticalValidationErrors
                ? s.ValidationErrors.Where(e => e.IsCritical).Select(e => "validation: " + e.Message)
                : s.Reports.Where(r => !r.Success || r.ExecuteResults.Any(e => !e.IsSuccess) || r.ResultStatistics is null)
                    .Select(r => "failed: " + r.BenchmarkCase.DisplayInfo))
            .Concat(summaries.SelectMany(s => s.BenchmarksCases).Where(c => summaries.All(s => s.Reports.All(r => r.BenchmarkCase != c)))
                .Select(c => "no report: " + c.DisplayInfo))
            .ToList();
        var askedToRun = args.Contains("--filter") && !args.Contains("--list");
        if (askedToRun && summaries.Length == 0)
        {
            failures.Add("no benchmark matched the filter");
        }

        foreach (var failure in failures)
        {
            Console.Error.WriteLine("BENCHMARK ERROR " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
