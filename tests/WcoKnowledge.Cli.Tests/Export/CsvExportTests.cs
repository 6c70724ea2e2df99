using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using WcoKnowledge.Cli.Export;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Export;

public sealed class CsvExportTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;
    private static readonly List<string[]> _rows = Parse(Wco.Line("export --format csv").ShouldSucceed().Stdout);

    [Fact]
    public void Csv_HasAHeaderAndOneRowPerItem()
    {
        _rows[0].Should().Equal("id", "kind", "number", "title", "status", "status_note", "aliases", "summary", "sources");
        _rows.Skip(1).Select(row => row[0]).Should().Equal(_kb.Items.Select(item => item.Id));
        _rows.Should().OnlyContain(row => row.Length == _rows[0].Length);
    }

    [Fact]
    public void Csv_FieldsReadBackExactly_QuotesCommasAndAll()
    {
        foreach (var (item, row) in _kb.Items.Zip(_rows.Skip(1)))
        {
            row[1].Should().Be(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(item.Kind.ToString()), "kinds are the JSON words (governanceBody, secretaryGeneral)");
            row[3].Should().Be(item.Title);
            row[5].Should().Be(item.StatusNote ?? string.Empty);
            row[6].Should().Be(string.Join("; ", item.Aliases));
            row[7].Should().Be(item.Summary);
            row[8].Split(' ').Should().Equal(item.Sources.Select(source => source.Id));
        }

        _kb.Items.Should().Contain(item => item.Summary.Contains('"') && item.Summary.Contains(','), "the data exercises quoting");
    }

    [Fact]
    public void Csv_NumbersObjectivesAndPillars()
    {
        _rows.Single(row => row[0] == _kb.GetPillar(8).Id)[2].Should().Be("8");
        _rows.Single(row => row[0] == _kb.GetObjective(9).Id)[2].Should().Be("9");
        _rows.Single(row => row[0] == "organization-wco")[2].Should().BeEmpty();
        _rows.Single(row => row[0] == _kb.Regions[2].Id)[2].Should().Be("3");
        _rows.Single(row => row[0] == "objective-2022-organizational-development")[2].Should().Be("4", "each plan numbers its own objectives");
        _rows.Single(row => row[0] == "plan-2022-2025")[2].Should().BeEmpty();
    }

    [Fact]
    public void Csv_HasARowForEveryItemOfTheFormat2Kinds()
    {
        foreach (var kind in new[] { KnowledgeKind.Instrument, KnowledgeKind.Region, KnowledgeKind.SecretaryGeneral, KnowledgeKind.StrategicPlan })
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
            _rows.Where(row => row[1] == name).Select(row => row[0]).Should().Equal(_kb.GetItems(kind).Select(item => item.Id)).And.NotBeEmpty();
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_QuotesFieldsAsRfc4180Says(string value, string field)
    {
        CsvExporter.Field(value).Should().Be(field);
    }

    // A strict RFC 4180 reader: rows end with CRLF; quoted fields double their quotes.
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                field.Length.Should().Be(0, "a quote may only open a field");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                csv[i + 1].Should().Be('\n');
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        quoted.Should().BeFalse();
        row.Should().BeEmpty("the last row ends with CRLF");
        return rows;
    }
}
