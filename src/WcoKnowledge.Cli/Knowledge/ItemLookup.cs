using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WcoKnowledge.Cli.Knowledge;

/// <summary>Finds what <c>wco show</c> is asked for, or fails with a message that says what to try instead.</summary>
internal static class ItemLookup
{
    /// <summary>How many closest matches an unknown id gets.</summary>
    public const int Suggestions = 3;

    /// <summary>The item with <paramref name="id"/> (any case), or the source with it when it is a source id.</summary>
    /// <exception cref="CliException">Exit code 1: nothing has that id; the hints list the closest matches.</exception>
    public static (IKnowledgeItem? Item, Source? Source) ById(IWcoKnowledgeBase kb, string id)
    {
        var key = id.Trim().ToLowerInvariant();
        if (kb.TryGetItem(key, out var item))
        {
            return (item, null);
        }

        if (kb.TryGetSource(key, out var source))
        {
            return (null, source);
        }

        var hints = new List<string>();
        var matches = ClosestMatches(kb, key);
        if (matches.Count > 0)
        {
            hints.Add("Closest matches:");
            var width = matches.Max(hit => hit.Item.Id.Length);
            hints.AddRange(matches.Select(hit => $"  {hit.Item.Id.PadRight(width)}  {hit.Item.Title}"));
        }

        hints.Add("Ids are listed by 'wco list <kind>'; 'wco search <text>' finds items by name.");
        throw new CliException(ExitCodes.NotFound, $"No item or source has the id '{id}'.", hints);
    }

    /// <summary>
    /// The <paramref name="number"/>th item of <paramref name="kind"/>: for the numbered kinds the library looks up by
    /// number (the seed text's nine objectives, building blocks, regions), the item with that number; otherwise the
    /// item at that position in <c>wco list</c> order, from 1. Other plans' objectives are shown by id.
    /// </summary>
    /// <exception cref="CliException">Exit code 1: no such item.</exception>
    public static IKnowledgeItem ByNumber(IWcoKnowledgeBase kb, KnowledgeKind kind, int number)
    {
        IKnowledgeItem? numbered = kind switch
        {
            KnowledgeKind.Objective => kb.TryGetObjective(number, out var objective) ? objective : null,
            KnowledgeKind.Pillar => kb.TryGetPillar(number, out var pillar) ? pillar : null,
            KnowledgeKind.Region => kb.TryGetRegion(number, out var region) ? region : null,
            _ => null,
        };
        var list = $"'wco list {KnowledgeKinds.PluralName(kind)}' lists them.";
        if (kind is KnowledgeKind.Objective or KnowledgeKind.Pillar or KnowledgeKind.Region)
        {
            return numbered ?? throw new CliException(ExitCodes.NotFound, kb.ExplainNotFound(kind, number), list);
        }

        var items = kb.GetItems(kind);
        if (number >= 1 && number <= items.Count)
        {
            return items[number - 1];
        }

        var name = KnowledgeKinds.DisplayName(kind);
        var range = items.Count == 0
            ? $"The dataset has no {name} items."
            : string.Create(CultureInfo.InvariantCulture, $"They are numbered 1 to {items.Count}: {list}");
        throw new CliException(ExitCodes.NotFound, $"No {name} has the number {number.ToString(CultureInfo.InvariantCulture)}.", range);
    }

    /// <summary>The closest matches for an unknown id: a search for its words (hyphens as spaces).</summary>
    public static IReadOnlyList<SearchHit> ClosestMatches(IWcoKnowledgeBase kb, string id) =>
        kb.Search(id.Replace('-', ' '), new SearchOptions { Limit = Suggestions });
}
