using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Build;

/// <summary>
/// The library's build step that embeds the dataset without white space between tokens (src/WcoKnowledge/Build/
/// CompactDataset.targets), run by MSBuild on a document of its own: EmbeddedResourceTests checks what it made of the
/// real dataset; this checks the cases the dataset does not have.
/// </summary>
public sealed class CompactDatasetTargetsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wco-compact-" + Guid.NewGuid().ToString("N"));

    public CompactDatasetTargetsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Compact_DropsWhiteSpaceBetweenTokens_KeepsTextsAndKeepsLiteralsApart()
    {
        var input = "{ \"a b\" :\r\n\t[ 1 2 , tr ue , -1 .5 , \"x \\\" y\" , \"p\\\\\" , \"q\" ] ,\n  \"n\" : null }\n";

        var output = Compact(input);

        // Texts byte for byte (an escaped quote does not end one, an escaped backslash before a quote does); white
        // space elsewhere gone, except one space where it alone kept two literals or numbers apart, so that the
        // loader still refuses what was invalid.
        output.Should().Be("{\"a b\":[1 2,tr ue,-1 .5,\"x \\\" y\",\"p\\\\\",\"q\"],\"n\":null}");
    }

    [Fact]
    public void Compact_LeavesNoPartialFile_AndOverwritesAnOlderOutput()
    {
        File.WriteAllText(Path.Combine(_folder, "out.json"), "an older, longer output that must be replaced entirely");

        Compact("[ 1 ]").Should().Be("[1]");
        Directory.GetFiles(_folder, "*.partial").Should().BeEmpty();
    }

    private string Compact(string json)
    {
        var targets = Path.Combine(AppContext.BaseDirectory, "TestData", "CompactDataset.targets");
        File.WriteAllText(Path.Combine(_folder, "in.json"), json, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(_folder, "run.proj"), $"""
            <Project>
              <Import Project="{targets}" />
              <Target Name="Run"><WcoCompactJson Source="{Path.Combine(_folder, "in.json")}" Destination="{Path.Combine(_folder, "out.json")}" /></Target>
            </Project>
            """);

        // The same dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH for the processes it starts).
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", "msbuild run.proj -t:Run -nologo -v:q -nodeReuse:false")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var msbuild = Process.Start(start)!;
        var log = msbuild.StandardOutput.ReadToEnd() + msbuild.StandardError.ReadToEnd();
        msbuild.WaitForExit();

        msbuild.ExitCode.Should().Be(0, "MSBuild said: {0}", log);
        return File.ReadAllText(Path.Combine(_folder, "out.json"), Encoding.UTF8);
    }
}
