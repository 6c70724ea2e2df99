using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests;

public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("serch kyoto", "Did you mean 'wco search'?")]
    [InlineData("lst", "Did you mean 'wco list'?")]
    [InlineData("fact", "Did you mean 'wco facts'?")]
    public void UnknownCommand_Exits2AndSuggestsTheClosestCommand(string commandLine, string suggestion)
    {
        var result = Wco.Line(commandLine).ShouldFail(2);

        result.Stderr.Should().StartWith("wco: Unrecognized command or argument").And.Contain(suggestion).And.Contain("Run 'wco --help'");
    }

    [Theory]
    [InlineData("--jsn")]
    [InlineData("list pillars --colour")]
    [InlineData("search kyoto --limit")]
    [InlineData("facts --as-of")]
    [InlineData("export --format")]
    public void UnknownOptionOrMissingValue_Exits2WithAHint(string commandLine)
    {
        Wco.Line(commandLine).ShouldFail(2).Stderr.Should().Contain("--help' for usage and examples.");
    }

    [Fact]
    public void Errors_GoToStderr_PrefixedWithTheToolsName()
    {
        var result = Wco.Line("list planets").ShouldFail(2);

        result.Stderr.Should().StartWith("wco: ");
    }
}
