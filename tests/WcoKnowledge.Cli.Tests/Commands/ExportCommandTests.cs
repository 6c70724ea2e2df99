using System.IO;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("markdown", "# World Customs Organization (WCO)")]
    [InlineData("md", "# World Customs Organization (WCO)")]
    [InlineData("csv", "id,kind,number,title")]
    [InlineData("mermaid", "flowchart")]
    [InlineData("json", "{")]
    [InlineData("jsonld", "{\n  \"@context\": \"https://schema.org\",")]
    public void Export_WithoutOutput_WritesToStdout(string format, string start)
    {
        Wco.Run("export", "--format", format).ShouldSucceed().Stdout.Should().StartWith(start);
    }

    [Theory]
    [InlineData(".md", "# World Customs Organization")]
    [InlineData(".csv", "id,kind,")]
    [InlineData(".mmd", "flowchart")]
    [InlineData(".json", "{")]
    [InlineData(".jsonld", "{\n  \"@context\"")]
    public void Export_Output_WritesTheFile_InTheFormatItsExtensionNames(string extension, string start)
    {
        using var file = Wco.TempFile(extension);

        var result = Wco.Run("export", "-o", file.Path).ShouldSucceed();

        result.Stdout.Should().StartWith("Wrote ").And.Contain(file.Path);
        file.ReadAllText().Should().StartWith(start);
    }

    [Fact]
    public void Export_JsonLd_IsTheLibrarysJsonLd_WithWikidataLinks()
    {
        var text = Wco.Run("export", "--format", "jsonld").ShouldSucceed().Stdout;

        var root = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var germany = root["@graph"]!.AsArray().Should().ContainSingle(n => n!["@id"]!.GetValue<string>() == "urn:wcoknowledge:member-germany").Which!;
        germany["@type"]!.GetValue<string>().Should().Be("Country");
        germany["sameAs"]!.GetValue<string>().Should().Be("https://www.wikidata.org/wiki/Q183");
        text.Should().Contain("\"@value\": \"Allemagne\"");
    }

    [Fact]
    public void Export_FormatWinsOverTheExtension()
    {
        using var file = Wco.TempFile(".txt");
        Wco.Run("export", "--format", "csv", "--output", file.Path).ShouldSucceed();
        file.ReadAllText().Should().StartWith("id,kind,");
    }

    [Fact]
    public void Export_Json_ReportsFormatOutputAndSize()
    {
        using var file = Wco.TempFile(".md");

        var json = Wco.Run("export", "-f", "markdown", "-o", file.Path, "--json").ShouldSucceed().Json();

        json.GetProperty("format").GetString().Should().Be("markdown");
        json.GetProperty("output").GetString().Should().Be(file.Path);
        json.GetProperty("bytes").GetInt64().Should().Be(new FileInfo(file.Path).Length);
        json.TryGetProperty("content", out _).Should().BeFalse();
    }

    [Fact]
    public void Export_Json_WithoutOutput_CarriesTheContent()
    {
        var plain = Wco.Line("export -f mermaid").ShouldSucceed().Stdout;
        var json = Wco.Line("export -f mermaid --json").ShouldSucceed().Json();

        json.GetProperty("output").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("content").GetString().Should().Be(plain);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export --format xml")]
    [InlineData("export -o notes.txt")]
    public void Export_WithoutAKnownFormat_IsAUsageError(string commandLine)
    {
        Wco.Line(commandLine).ShouldFail(2);
    }

    [Fact]
    public void Export_ToAnUnwritablePath_IsAUsageError()
    {
        var path = Path.Combine(Path.GetTempPath(), "wco-no-such-dir-" + System.Guid.NewGuid().ToString("N"), "out.md");
        Wco.Run("export", "-o", path).ShouldFail(2).Stderr.Should().Contain("cannot write");
    }
}
