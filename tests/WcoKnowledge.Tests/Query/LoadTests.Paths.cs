using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WcoKnowledge.Tests.Reliability;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Query;

/// <summary>Where problems are reported: the path of every text of the dataset, however deep it sits.</summary>
public partial class LoadTests
{
    [Fact]
    public void Load_AnyTextOfTheDatasetPaddedWithSpaces_IsReportedAtExactlyItsPath()
    {
        // The loader keeps paths in parts and joins them only to report a problem; this checks the joins at every
        // depth (members of list elements, lists inside list elements, elements of lists of texts).
        var checkedTexts = 0;
        var unreported = new List<string>();
        foreach (var (path, json) in DatasetMutation.EachStringReplacedBy(" padded "))
        {
            checkedTexts++;
            var e = TestDataset.LoadFails(json);
            if (!e.Errors.Any(error => error.StartsWith(path + ": ", System.StringComparison.Ordinal)))
            {
                unreported.Add($"{path} -> {e.Errors[0]}");
            }
        }

        checkedTexts.Should().BeGreaterThan(2_000, "every text of the file is visited");
        unreported.Should().BeEmpty();
    }
}
