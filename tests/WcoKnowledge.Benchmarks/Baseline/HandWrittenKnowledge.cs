using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace WcoKnowledge.Benchmarks.Baseline;

/// <summary>
/// The baseline every target is measured against: the dataset read the way a user would without this library,
/// with reflection-based <see cref="JsonSerializer"/> into mutable classes, queried with LINQ, searched with a
/// naive case-insensitive <c>Contains</c> scan.
/// </summary>
/// <remarks>
/// The options are STJ's web defaults (camelCase, case-insensitive names): the plain default options bind no
/// member of this camelCase file to PascalCase properties, so this is the least a user must write for it to work.
/// One shared options instance, as STJ's documentation advises; a new one per call would rebuild the reflection
/// metadata every time and make the baseline look far slower than a careful user's code.
/// </remarks>
public sealed class HandWrittenKnowledge
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);

    private HandWrittenKnowledge(HandWrittenDataset data)
    {
        Data = data;
        var o = data.Organization;

        // Everything with an id, in one list, as a user would gather it for lookups and search.
        Items = new ItemData[] { o, o.Vision, data.CustomsIn21stCentury }
            .Concat(o.Missions)
            .Concat(o.Values)
            .Concat(o.Governance)
            .Concat(o.Topics)
            .Concat(data.Roles)
            .Concat(data.Objectives)
            .Concat(data.StrategicPlans.SelectMany(p => p.Objectives).Where(po => data.Objectives.All(x => x.Id != po.Id)))
            .Concat(data.Pillars)
            .Concat(data.Instruments)
            .Concat(data.Regions)
            .Concat(data.SecretariesGeneral)
            .Concat(data.StrategicPlans)
            .ToList();
    }

    public HandWrittenDataset Data { get; }

    public List<ItemData> Items { get; }

    public static HandWrittenKnowledge Load(Stream utf8Json)
        => new(JsonSerializer.Deserialize<HandWrittenDataset>(utf8Json, _options) ?? throw new InvalidDataException("The dataset is null."));

    public ItemData? GetItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    public PillarData? GetPillar(int number) => Data.Pillars.FirstOrDefault(p => p.Number == number);

    public ObjectiveData? GetObjective(int number) => Data.Objectives.FirstOrDefault(o => o.Number == number);

    public SourceData? GetSource(string id) => Data.Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// A naive search: every item whose title, aliases or summary contain a query word (lower-cased), ranked by
    /// how many of the words it contains, then title before alias before summary. No typos, no stemming.
    /// </summary>
    public List<ItemData> Search(string query, int limit = 10)
    {
        var words = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Items
            .Select(item => (Item: item, Score: words.Sum(w => Score(item, w))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(limit)
            .Select(x => x.Item)
            .ToList();
    }

    private static int Score(ItemData item, string word)
        => item.Title.ToLowerInvariant().Contains(word, StringComparison.Ordinal) ? 3
            : item.Aliases.Any(a => a.ToLowerInvariant().Contains(word, StringComparison.Ordinal)) ? 2
            : item.Summary.ToLowerInvariant().Contains(word, StringComparison.Ordinal) ? 1
            : 0;
}
