using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WcoKnowledge.Cli.Output;

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
    /// The <paramref name="number"/>th item of <paramref name="kind"/>: the item with that number for numbered kinds
    /// (objectives, building blocks, regions), otherwise the item at that position in <c>wco list</c> order, from 1.
    /// Every plan numbers its objectives from 1; the first with the number is one of the nine of
    /// <see cref="IWcoKnowledgeBase.Objectives"/>, which come first.
    /// </summary>
    /// <exception cref="CliException">Exit code 1: no such item.</exception>
    public static IKnowledgeItem ByNumber(IWcoKnowledgeBase kb, KnowledgeKind kind, int number)
    {
        var items = kb.GetItems(kind);
        var numbered = items.FirstOrDefault(item => ItemDetails.NumberOf(item) == number);
        if (numbered is not null)
        {
            return numbered;
        }

        if (items.Count > 0 && ItemDetails.NumberOf(items[0]) is null && number >= 1 && number <= items.Count)
        {
            return items[number - 1];
        }

        var name = Names.Display(kind);
        var range = items.Count == 0
            ? $"The dataset has no {name} items."
            : $"They are numbered {Range(items)}: 'wco list {name}' lists them.";
        throw new CliException(ExitCodes.NotFound, $"No {name} has the number {number.ToString(CultureInfo.InvariantCulture)}.", range);
    }

    /// <summary>The closest matches for an unknown id: a search for its words (hyphens as spaces).</summary>
    public static IReadOnlyList<SearchHit> ClosestMatches(IWcoKnowledgeBase kb, string id) =>
        kb.Search(id.Replace('-', ' '), new SearchOptions { Limit = Suggestions });

    // Numbered kinds by their lowest and highest number (each plan numbers its objectives from 1), others by position.
    private static string Range(IReadOnlyList<IKnowledgeItem> items)
    {
        var numbers = items.Select(ItemDetails.NumberOf).ToList();
        var first = numbers.Min() ?? 1;
        var last = numbers.Max() ?? items.Count;
        return first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first} to {last}");
    }
}
