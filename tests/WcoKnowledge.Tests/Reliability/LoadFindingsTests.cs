using System;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>Datasets that the mutation tests found to break the loader, kept as plain regression tests.</summary>
public class LoadFindingsTests
{
    [Theory]
    [InlineData(10_000)]
    [InlineData(int.MaxValue)]
    public void Load_PlanStartYearBeyond9999_ThrowsWcoDataExceptionNamingIt(int startYear)
    {
        // Found by MutationPropertyTests: the plan date-order check built FactDate.FromYear(startYear), whose
        // ArgumentOutOfRangeException escaped Load instead of a WcoDataException.
        var json = TestDataset.Mutate(root => root["strategicPlans"]![0]!["startYear"] = startYear);

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().Contain(x => x.StartsWith("$.strategicPlans[0].startYear: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PlanStartYearBeforeTheWco_IsReportedNotThrown()
    {
        var e = TestDataset.LoadFails(TestDataset.Mutate(root => root["strategicPlans"]![0]!["startYear"] = int.MinValue));

        e.Errors.Should().Contain(x => x.StartsWith("$.strategicPlans[0].startYear: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PlanYearsAfter2100_AreRefusedAsImplausible()
    {
        // The schema bounds plan years to 1947..2100, as dates are bounded to 1900..2100; the loader checks only the lower end.
        var e = TestDataset.LoadFails(TestDataset.Mutate(root =>
        {
            var lastPlan = root["strategicPlans"]!.AsArray()[^1]!;
            lastPlan["startYear"] = 3000;
            lastPlan["endYear"] = 3003;
        }));

        e.Errors.Should().Contain(x => x.StartsWith("$.strategicPlans[5].startYear: ", StringComparison.Ordinal));
    }
}
