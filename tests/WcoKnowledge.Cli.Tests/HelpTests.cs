using System.Linq;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests;

public sealed class HelpTests
{
    private static readonly string[] _commandNames = ["show", "list", "search", "facts", "sources", "export"];

    public static TheoryData<string> Commands => ["", "show", "list", "search", "facts", "sources", "export"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_HasUsageOptionsAndExamples(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : [command, "--help"];
        var result = Wco.Run(args).ShouldSucceed();

        result.Stdout.Should().Contain("Usage:").And.Contain("--json").And.Contain("--data <file>").And.Contain("Examples:");
        var examples = result.Lines.SkipWhile(line => line != "Examples:").Skip(1).Where(line => line.StartsWith("  wco", System.StringComparison.Ordinal)).ToList();
        examples.Should().NotBeEmpty();
        examples.Should().Contain(line => line.StartsWith($"  wco {command}".TrimEnd(), System.StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_FitsEightyColumnsWithoutTrailingSpaces(string command)
    {
        var result = Wco.Run(command.Length == 0 ? ["-h"] : [command, "-h"]).ShouldSucceed();

        result.Lines.Should().OnlyContain(line => line.Length <= 80 && line == line.TrimEnd());
    }

    [Fact]
    public void Help_OfTheRoot_ListsEveryCommand()
    {
        var help = Wco.Run("--help").ShouldSucceed().Stdout;

        _commandNames.Should().OnlyContain(command => help.Contains($"\n  {command} "));
    }

    [Fact]
    public void Help_WorksEvenWhenRequiredArgumentsAreMissing()
    {
        Wco.Line("show --help").ShouldSucceed().Stdout.Should().Contain("wco show pillar 8");
    }
}
