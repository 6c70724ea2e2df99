using System;
using System.Collections.Generic;
using WcoKnowledge.Loading;

namespace WcoKnowledge;

/// <summary>
/// The lookup tables of a knowledge base: items by id and by kind, sources by id, relations by item id. Built in
/// one go from a loaded dataset and never changed afterwards.
/// </summary>
internal sealed class KnowledgeIndexes
{
    internal KnowledgeIndexes(LoadedDataset data)
    {
        var o = data.Organization;
        var byKind = new List<IKnowledgeItem>[KnowledgeKinds.All.Count];
        for (var k = 0; k < byKind.Length; k++)
        {
            byKind[k] = new List<IKnowledgeItem>();
        }

        void AddAll(IEnumerable<IKnowledgeItem> items)
        {
            foreach (var item in items)
            {
                byKind[(int)item.Kind].Add(item);
            }
        }

        AddAll(new IKnowledgeItem[] { o, o.Vision, data.CustomsIn21stCentury });
        AddAll(o.Missions);
        AddAll(o.Values);
        AddAll(o.Governance);
        AddAll(o.Topics);
        AddAll(data.Roles);
        AddAll(data.Objectives);
        AddAll(data.OtherEditionObjectives);
        AddAll(data.Pillars);
        AddAll(data.Instruments);
        AddAll(data.Regions);
        AddAll(data.SecretariesGeneral);
        AddAll(data.StrategicPlans);

        var all = new List<IKnowledgeItem>();
        ItemsByKind = new IReadOnlyList<IKnowledgeItem>[byKind.Length];
        for (var k = 0; k < byKind.Length; k++)
        {
            ItemsByKind[k] = byKind[k].AsReadOnly();
            all.AddRange(byKind[k]);
        }

        Items = all.AsReadOnly();
        ItemsById = new Dictionary<string, IKnowledgeItem>(all.Count, StringComparer.Ordinal);
        foreach (var item in all)
        {
            ItemsById.Add(item.Id, item);
        }

        SourcesById = new Dictionary<string, Source>(data.Sources.Count, StringComparer.Ordinal);
        foreach (var source in data.Sources)
        {
            SourcesById.Add(source.Id, source);
        }

        var relationsById = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in data.Relations)
        {
            foreach (var end in new[] { relation.From.Id, relation.To.Id })
            {
                if (!relationsById.TryGetValue(end, out var list))
                {
                    relationsById[end] = list = new List<Relation>();
                }

                list.Add(relation);
            }
        }

        RelationsById = new Dictionary<string, IReadOnlyList<Relation>>(relationsById.Count, StringComparer.Ordinal);
        foreach (var pair in relationsById)
        {
            RelationsById.Add(pair.Key, pair.Value.AsReadOnly());
        }
    }

    /// <summary>Every item, grouped by kind in kind order, each group in dataset order.</summary>
    internal IReadOnlyList<IKnowledgeItem> Items { get; }

    /// <summary>The items of each kind, indexed by <see cref="KnowledgeKind"/>.</summary>
    internal IReadOnlyList<IKnowledgeItem>[] ItemsByKind { get; }

    internal Dictionary<string, IKnowledgeItem> ItemsById { get; }

    internal Dictionary<string, Source> SourcesById { get; }

    /// <summary>The relations each item takes part in, at either end; items without relations are absent.</summary>
    internal Dictionary<string, IReadOnlyList<Relation>> RelationsById { get; }
}
