using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WcoKnowledge.Cli.Export;

/// <summary>
/// The Markdown document being written, line by line, and its citations: every source has the number of its
/// place in the source list at the end, and a citation is that number, linked to the entry by source id.
/// </summary>
internal sealed class MarkdownWriter(IEnumerable<Source> sourceList)
{
    private readonly StringBuilder _md = new();
    private readonly Dictionary<Source, int> _numbers = sourceList.Select((source, i) => (source, i)).ToDictionary(p => p.source, p => p.i + 1);

    public override string ToString() => _md.ToString();

    public void Line(string text = "") => _md.Append(text).Append('\n');

    /// <summary>The source's number in the source list, from 1.</summary>
    public int Number(Source source) => _numbers[source];

    public string Refs(IEnumerable<Source> sources) => string.Join(" ", sources.Select(Ref));

    public string Ref(Source source) => $"[\\[{_numbers[source]}\\]](#{source.Id})";
}
