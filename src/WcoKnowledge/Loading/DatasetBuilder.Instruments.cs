using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// The instruments the WCO administers, their editions, and the items they are linked to by relations.
internal sealed partial class DatasetBuilder
{
    private IReadOnlyList<Instrument> BuildInstruments(InstrumentDto[] dtos, RelationDto[] relations, string path) =>
        Items(dtos, path, KnowledgeKind.Instrument, (i, f, p) => new Instrument(f)
        {
            InstrumentKind = _check.Word(i.InstrumentKind, new DataPath(p, ".instrumentKind"), DatasetWords.InstrumentKindWords, DatasetWords.InstrumentKinds, InstrumentKind.Convention),
            AdoptedOn = i.AdoptedOn is null ? null : _check.Date(i.AdoptedOn, new DataPath(p, ".adoptedOn")),
            AdoptedAt = _check.OptionalText(i.AdoptedAt, new DataPath(p, ".adoptedAt")),
            InForce = _check.Word(i.InForce, new DataPath(p, ".inForce"), DatasetWords.InForceWords, DatasetWords.InForceValues, InForceStatus.Unknown),
            InForceOn = i.InForceOn is null ? null : _check.Date(i.InForceOn, new DataPath(p, ".inForceOn"), mayFollowAsOf: true),
            Editions = BuildEditions(i.Editions, new DataPath(p, ".editions")),
            Topics = Linked<StandardTopic>(f.Id, "serves", relations),
            ManagedBy = Linked<GovernanceBody>(f.Id, "managedBy", relations),
        });

    private IReadOnlyList<InstrumentEdition> BuildEditions(EditionDto[] dtos, DataPath listPath)
    {
        var path = listPath.ToString();
        var editions = List(dtos, path, (e, p) => new InstrumentEdition
        {
            Label = _check.Text(e.Label, new DataPath(p, ".label")),
            Date = _check.Date(e.Date, new DataPath(p, ".date")),
            Summary = _check.Text(e.Summary, new DataPath(p, ".summary"), DataValidator.LongText),
            Status = _check.Status(e.Status, new DataPath(p, ".status")),
            Sources = Cite(e.Sources, new DataPath(p, ".sources")),
        });
        CheckDateOrder(editions, e => e.Date, path);
        return editions;
    }

    // The ends of one item's relations of one type that are already built; BuildRelations reports bad ends.
    private IReadOnlyList<T> Linked<T>(string fromId, string type, RelationDto[] relations)
        where T : class, IKnowledgeItem
    {
        var linked = new List<T>();
        for (var i = 0; relations is not null && i < relations.Length; i++)
        {
            var relation = relations[i];
            if (relation is not null && relation.From == fromId && relation.Type == type && relation.To is not null
                && _idTable.TryGetValue(relation.To, out var item) && item is T typed)
            {
                linked.Add(typed);
            }
        }

        return linked.AsReadOnly();
    }
}
