using System.Collections.Generic;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests;

public sealed class ColourTests
{
    private const string Escape = "\u001b[";

    [Fact]
    public void Terminal_WithoutNoColor_IsColoured()
    {
        Run(terminal: true, noColor: null, "list", "pillars").Should().Contain(Escape);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("0")]
    public void Terminal_WithNoColorSet_IsNotColoured(string value)
    {
        Run(terminal: true, noColor: value, "list", "pillars").Should().NotContain(Escape);
        Run(terminal: true, noColor: value).Should().NotContain(Escape);
    }

    [Fact]
    public void Terminal_WithNoColorEmpty_IsColoured()
    {
        Run(terminal: true, noColor: string.Empty, "show", "pillar", "8").Should().Contain(Escape);
    }

    [Fact]
    public void RedirectedOutput_IsNeverColoured()
    {
        Run(terminal: false, noColor: null, "list", "pillars").Should().NotContain(Escape);
        Run(terminal: false, noColor: null).Should().NotContain(Escape);
    }

    [Theory]
    [InlineData("search", "kyoto", "--json")]
    [InlineData("export", "--format", "markdown")]
    [InlineData("list", "--json")]
    public void JsonAndExports_AreNeverColoured_EvenOnATerminal(params string[] args)
    {
        Run(terminal: true, noColor: null, args).Should().NotContain(Escape);
    }

    [Fact]
    public void DumbTerminal_IsNotColoured()
    {
        var environment = new Dictionary<string, string?> { ["TERM"] = "dumb" };
        Wco.Run(["list", "pillars"], environment, terminal: true).Stdout.Should().NotContain(Escape);
    }

    [Fact]
    public void ColouredOutput_HasTheSameTextAsPlainOutput()
    {
        var coloured = Run(terminal: true, noColor: null, "show", "pillar", "3");
        var plain = Run(terminal: false, noColor: null, "show", "pillar", "3");

        System.Text.RegularExpressions.Regex.Replace(coloured, @"\u001b\[[0-9;]*m", string.Empty).Should().Be(plain);
    }

    private static string Run(bool terminal, string? noColor, params string[] args)
    {
        var environment = new Dictionary<string, string?>();
        if (noColor is not null)
        {
            environment["NO_COLOR"] = noColor;
        }

        var result = Wco.Run(args, environment, terminal);
        result.ExitCode.Should().Be(0, result.Stderr);
        return result.Stdout;
    }
}
