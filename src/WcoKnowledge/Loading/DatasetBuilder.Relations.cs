using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// Relations between items, checked for ends that exist, kinds that fit the type, and duplicates.
internal sealed partial class DatasetBuilder
{
    // The fields of a stand-in for a reference that does not resolve; an error is recorded, so it never leaves the builder.
    // A property, not a field: the stand-ins in other parts of this partial class are initialized in file order.
    private static ItemFields MissingFields => new()
    {
        Id = "missing", Title = "?", Summary = "?", Aliases = Array.Empty<string>(), Status = FactStatus.Unconfirmed, StatusNote = null, Sources = Array.Empty<Source>(), Translations = Array.Empty<Translation>(), Wikidata = null,
    };

    private static readonly CustomsRole _missingEnd = new(MissingFields);

    private IReadOnlyList<Relation> BuildRelations(RelationDto[] dtos, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return List(dtos, path, (r, p) =>
        {
            var from = End(r.From, new DataPath(p, ".from"));
            var to = End(r.To, new DataPath(p, ".to"));
            var type = _check.Word(r.Type, new DataPath(p, ".type"), DatasetWords.RelationTypeWords, DatasetWords.RelationTypes, RelationType.Serves);
            if (from is not null && to is not null && !Fits(type, from.Kind, to.Kind))
            {
                _check.Add(p, $"a '{r.Type}' relation cannot link a {KnowledgeKinds.DisplayName(from.Kind)} to a {KnowledgeKinds.DisplayName(to.Kind)}.");
            }

            if (r.From == r.To)
            {
                _check.Add(p, $"'{r.From}' cannot be related to itself.");
            }

            // Concatenated, not interpolated: an interpolated string's first use starts the runtime's shared char pool
            // (a dozen types and an event source), a measurable part of a first answer. Four parts, not five: the
            // five-part overload takes an inline array, whose generic helpers would be compiled at run time.
            if (!seen.Add(string.Concat(r.From, " ", r.Type, " " + r.To)))
            {
                _check.Add(p, $"the relation '{r.From} {r.Type} {r.To}' is listed more than once.");
            }

            return new Relation
            {
                From = from ?? _missingEnd,
                Type = type,
                To = to ?? _missingEnd,
                Status = _check.Status(r.Status, new DataPath(p, ".status")),
                Note = _check.OptionalText(r.Note, new DataPath(p, ".note"), DataValidator.LongText),
                Sources = Cite(r.Sources, new DataPath(p, ".sources")),
            };
        });
    }

    private IKnowledgeItem? End(string id, DataPath path)
    {
        if (_idTable.TryGetValue(id ?? string.Empty, out var item) && item is not null) // null: a source's id
        {
            return item;
        }

        _check.Add(path, $"'{id}' is not the id of an item in the dataset.");
        return null;
    }

    private static bool Fits(RelationType type, KnowledgeKind from, KnowledgeKind to) => type switch
    {
        RelationType.Serves => from is KnowledgeKind.Instrument or KnowledgeKind.GovernanceBody && to == KnowledgeKind.Topic,
        RelationType.ManagedBy => from == KnowledgeKind.Instrument && to == KnowledgeKind.GovernanceBody,
        RelationType.ReportsTo => from == KnowledgeKind.GovernanceBody && to == KnowledgeKind.GovernanceBody,
        _ => from is KnowledgeKind.Instrument or KnowledgeKind.GovernanceBody && to is KnowledgeKind.Role or KnowledgeKind.Pillar or KnowledgeKind.Strategy,
    };
}
