using System;
using System.IO;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Compatibility;

/// <summary>
/// Datasets of the formats earlier releases read (1 and 2) are refused by this version with one error that names the
/// file's version, the supported one, and how to convert the file; nothing else is reported about them.
/// </summary>
public class ReleasedDatasetTests
{
    [Fact]
    public void Load_Format1Data100_IsRefusedWithTheConversion()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json"));

        var e = TestDataset.LoadFails(bytes);

        e.Errors.Should().ContainSingle().Which.Should()
            .StartWith("$.formatVersion: format version 1 is not supported")
            .And.Contain("reads format version 3 only")
            .And.Contain("wco export --format json --data old.json");
    }

    [Fact]
    public void Load_Format2_IsRefusedWithTheConversion()
    {
        // A format 2 file is a format 3 file without the member registry and the officers.
        var json = TestDataset.Mutate(root =>
        {
            root["formatVersion"] = 2;
            root.AsObject().Remove("members");
            root.AsObject().Remove("officers");
        });

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().ContainSingle().Which.Should().Contain("format version 2 is not supported").And.Contain("WcoKnowledge.Cli 2.x");
    }
}
