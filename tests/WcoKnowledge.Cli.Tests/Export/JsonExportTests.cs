using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Export;

/// <summary><c>wco export --format json</c> writes a dataset file through the library's WcoJson: the format the tool and the library read.</summary>
public sealed class JsonExportTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    [Fact]
    public void Json_IsADatasetFile_ThatLoadsBackWithEveryItemSourceAndRelation()
    {
        var output = Wco.Line("export --format json").ShouldSucceed();
        var json = output.Json();

        json.GetProperty("formatVersion").GetInt32().Should().Be(4);
        json.GetProperty("dataVersion").GetString().Should().Be(_kb.DataVersion);
        var loaded = WcoKnowledgeBase.Load(new MemoryStream(Encoding.UTF8.GetBytes(output.Stdout)));
        loaded.Items.Select(i => i.Id).Should().Equal(_kb.Items.Select(i => i.Id));
        loaded.Sources.Select(s => s.Id).Should().Equal(_kb.Sources.Select(s => s.Id));
        loaded.Relations.Select(r => r.ToString()).Should().Equal(_kb.Relations.Select(r => r.ToString()));
        loaded.Organization.Membership.Select(f => f.ToString()).Should().Equal(_kb.Organization.Membership.Select(f => f.ToString()));
    }

    [Fact]
    public void Json_IsWhatWcoJsonWrites_Indented()
    {
        var output = Wco.Line("export --format json").ShouldSucceed().Stdout;

        output.Should().Contain("\n  \"dataVersion\"", "the export is indented for people");
        JsonSerializer.Serialize(JsonDocument.Parse(output).RootElement).Should().Be(JsonSerializer.Serialize(_kb, WcoJson.GetTypeInfo<WcoKnowledgeBase>()));
    }

    [Fact]
    public void Json_CanBeReadBackByTheToolItself()
    {
        using var file = Wco.TempFile(".json", Wco.Line("export --format json").ShouldSucceed().Stdout);

        Wco.Run("show", "pillar", "2", "--data", file.Path).ShouldSucceed().Stdout.Should().Contain(_kb.GetPillar(2).Title);
    }
}
