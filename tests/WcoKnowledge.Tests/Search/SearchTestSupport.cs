using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace WcoKnowledge.Tests.Search;

/// <summary>Shared helpers of the search tests: fresh knowledge bases, result fingerprints and the documented tie order.</summary>
internal static class SearchTestSupport
{
    public static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    public static string DatasetPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge.json");

    /// <summary>A new knowledge base over the dataset file next to the tests: its search index is not built yet.</summary>
    public static WcoKnowledgeBase LoadFresh()
    {
        using var stream = File.OpenRead(DatasetPath);
        return WcoKnowledgeBase.Load(stream);
    }

    /// <summary>"id score field" per hit, in order: equal fingerprints mean the same ranking.</summary>
    public static IReadOnlyList<string> Fingerprint(IEnumerable<SearchHit> hits)
        => hits.Select(h => FormattableString.Invariant($"{h.Item.Id} {h.Score:R} {h.Field}")).ToList();

    /// <summary>Ids in ranking order.</summary>
    public static IReadOnlyList<string> Ids(IEnumerable<SearchHit> hits) => hits.Select(h => h.Item.Id).ToList();

    /// <summary>"id (score)" of the first three hits, for failure messages.</summary>
    public static string Top3(IEnumerable<SearchHit> hits)
        => string.Join(", ", hits.Take(3).Select(h => FormattableString.Invariant($"{h.Item.Id} ({h.Score:0.####}, {h.Field})")));

    /// <summary>The documented tie order: kind order, then number (objectives, pillars), then id (ordinal).</summary>
    public static int CompareForTies(IKnowledgeItem a, IKnowledgeItem b)
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byNumber = Number(a).CompareTo(Number(b));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>The distinct words (letters and digits) of every item's title and aliases.</summary>
    public static IReadOnlyList<string> TitleAndAliasWords(IWcoKnowledgeBase kb)
        => kb.Items
            .SelectMany(i => i.Aliases.Prepend(i.Title))
            .SelectMany(text => Regex.Split(text, @"[^\p{L}\p{Nd}]+"))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(w => w, StringComparer.Ordinal)
            .ToList();

    private static int Number(IKnowledgeItem item) => item switch
    {
        Objective o => o.Number,
        Pillar p => p.Number,
        _ => 0,
    };
}
