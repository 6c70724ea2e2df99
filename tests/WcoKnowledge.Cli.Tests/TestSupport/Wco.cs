using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;

namespace WcoKnowledge.Cli.Tests.TestSupport;

/// <summary>What one in-process run of <c>wco</c> printed and returned.</summary>
internal sealed record WcoResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n');

    /// <summary>Stdout parsed as one JSON document; fails the test when it is not one.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts exit code 0 and nothing on stderr, and returns this for chaining.</summary>
    public WcoResult ShouldSucceed()
    {
        Stderr.Should().BeEmpty();
        ExitCode.Should().Be(0, "stderr was: {0}", Stderr);
        return this;
    }

    /// <summary>Asserts <paramref name="exitCode"/>, nothing on stdout and a message on stderr.</summary>
    public WcoResult ShouldFail(int exitCode)
    {
        ExitCode.Should().Be(exitCode, "stdout was: {0}\nstderr was: {1}", Stdout, Stderr);
        Stdout.Should().BeEmpty();
        Stderr.Should().NotBeNullOrWhiteSpace();
        return this;
    }
}

/// <summary>Runs <c>wco</c> in-process through <see cref="WcoCli.Run(string[], TextWriter, TextWriter, IDictionary{string, string?}, bool)"/>.</summary>
internal static class Wco
{
    /// <summary>The dataset file copied next to the tests.</summary>
    public static string DatasetPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge.json");

    /// <summary>Runs with stdout redirected (no colour) and an empty environment.</summary>
    public static WcoResult Run(params string[] args) => Run(args, new Dictionary<string, string?>(), terminal: false);

    public static WcoResult Run(string[] args, IDictionary<string, string?> environment, bool terminal)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = WcoCli.Run(args, stdout, stderr, environment, terminal);
        return new WcoResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Splits a command line on spaces, for readable test data: <c>Wco.Line("show pillar 8")</c>.</summary>
    public static WcoResult Line(string commandLine) =>
        Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Ids of the items in a JSON array of items.</summary>
    public static string[] Ids(JsonElement items) => items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToArray();

    /// <summary>Ids of the items found, in a JSON array of search hits (<c>{"item": {"id", …}, "score", …}</c>).</summary>
    public static string[] HitIds(JsonElement hits) => hits.EnumerateArray().Select(hit => hit.GetProperty("item").GetProperty("id").GetString()!).ToArray();

    /// <summary>A temporary file deleted on dispose.</summary>
    public static TempFile TempFile(string extension, string? content = null) => new(extension, content);
}

internal sealed class TempFile : IDisposable
{
    public TempFile(string extension, string? content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wco-test-{Guid.NewGuid():N}{extension}");
        if (content is not null)
        {
            File.WriteAllText(Path, content);
        }
    }

    public string Path { get; }

    public string ReadAllText() => File.ReadAllText(Path);

    public void Dispose() => File.Delete(Path);
}
