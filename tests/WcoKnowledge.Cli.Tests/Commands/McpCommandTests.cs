using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

/// <summary>
/// <c>wco mcp</c> as far as it runs without a client: its help, and the checks it makes before it serves. The server
/// itself is tested through the SDK's client (tests/WcoKnowledge.Mcp.Tests) and, as installed, end to end in CI
/// (tests/WcoKnowledge.Mcp.EndToEnd); here it would read the test process's own stdin.
/// </summary>
public sealed class McpCommandTests
{
    [Fact]
    public void Help_SaysWhatItServesAndHowToRegisterIt()
    {
        var result = Wco.Run("mcp", "--help").ShouldSucceed();

        result.Stdout.Should().Contain("Model Context Protocol").And.Contain("stdio").And.Contain("docs/mcp.md")
            .And.Contain("wco mcp --data my-dataset.json");
    }

    [Fact]
    public void RootHelp_ListsTheCommand()
    {
        Wco.Run("--help").ShouldSucceed().Stdout.Should().Contain("mcp");
    }

    [Fact]
    public void Data_AMissingFile_EndsBeforeServing_WithExitCode3AndNothingOnStdout()
    {
        Wco.Run("mcp", "--data", "no-such-dataset.json").ShouldFail(ExitCodes.BadDataset)
            .Stderr.Should().Contain("'no-such-dataset.json' does not exist");
    }

    [Fact]
    public void Data_AnInvalidFile_EndsBeforeServing_WithTheLoadersErrors()
    {
        using var file = Wco.TempFile(".json", "{ \"formatVersion\": 3 }");

        Wco.Run("mcp", "--data", file.Path).ShouldFail(ExitCodes.BadDataset).Stderr.Should().Contain("is not valid");
    }

    [Fact]
    public void AnUnknownOption_IsAUsageError()
    {
        Wco.Run("mcp", "--port", "5000").ShouldFail(ExitCodes.Usage);
    }
}
