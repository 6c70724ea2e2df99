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
        AddAll(data.Members);
        AddAll(data.Officers);

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

        IndexMembers(data.Members);

        RelationsById = new Dictionary<string, IReadOnlyList<Relation>>(relationsById.Count, StringComparer.Ordinal);
        foreach (var pair in relationsById)
        {
            RelationsById.Add(pair.Key, pair.Value.AsReadOnly());
        }
    }

    /// <summary>Members by ISO 3166-1 alpha-2 and alpha-3 code, ignoring case (the loader checks that codes are unique).</summary>
    internal Dictionary<string, Member> MembersByCode { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Members of each region, by region id, in registry order.</summary>
    internal Dictionary<string, IReadOnlyList<Member>> MembersByRegion { get; } = new(StringComparer.Ordinal);

    /// <summary>Every item, grouped by kind in kind order, each group in dataset order.</summary>
    internal IReadOnlyList<IKnowledgeItem> Items { get; }

    /// <summary>The items of each kind, indexed by <see cref="KnowledgeKind"/>.</summary>
    internal IReadOnlyList<IKnowledgeItem>[] ItemsByKind { get; }

    internal Dictionary<string, IKnowledgeItem> ItemsById { get; }

    internal Dictionary<string, Source> SourcesById { get; }

    /// <summary>The relations each item takes part in, at either end; items without relations are absent.</summary>
    internal Dictionary<string, IReadOnlyList<Relation>> RelationsById { get; }

    private void IndexMembers(IReadOnlyList<Member> members)
    {
        var byRegion = new Dictionary<string, List<Member>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var code in new[] { member.IsoAlpha2, member.IsoAlpha3 })
            {
                if (code is not null)
                {
                    MembersByCode.Add(code, member);
                }
            }

            if (!byRegion.TryGetValue(member.Region.Id, out var list))
            {
                byRegion[member.Region.Id] = list = new List<Member>();
            }

            list.Add(member);
        }

        foreach (var pair in byRegion)
        {
            MembersByRegion.Add(pair.Key, pair.Value.AsReadOnly());
        }
    }
}
