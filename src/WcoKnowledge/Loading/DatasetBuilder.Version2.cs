using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// The parts of a dataset that format version 2 adds: working-body details, strategic plan editions and their
// objectives, regions, Secretaries General, instruments and the relations between items.
internal sealed partial class DatasetBuilder
{
    // The plans built so far and, at the same index, the list behind each plan's Objectives. A dataset has a handful of
    // plans, so a plan is found by a scan of its id (the last one wins, as in a dictionary) rather than another
    // dictionary type.
    private readonly List<StrategicPlan> _planList = new();
    private readonly List<List<Objective>> _planObjectives = new();

    // Objectives listed inside plans (not the top-level nine), in dataset order.
    private readonly List<Objective> _otherEditionObjectives = new();

    private void CheckVersionMembers(DatasetDocument d)
    {
        void Check(object? member, string name)
        {
            if (_version2 && member is null)
            {
                _check.Add("$." + name, "is required in format version 2.");
            }
            else if (!_version2 && member is not null)
            {
                _check.Add("$." + name, "is a format version 2 member; set formatVersion to 2 to use it.");
            }
        }

        void Check3(object? member, string name)
        {
            if (_version3 && member is null)
            {
                _check.Add("$." + name, "is required in format version 3.");
            }
            else if (!_version3 && member is not null)
            {
                _check.Add("$." + name, "is a format version 3 member; set formatVersion to 3 to use it.");
            }
        }

        Check(d.StrategicPlans, "strategicPlans");
        Check(d.Instruments, "instruments");
        Check(d.Regions, "regions");
        Check(d.SecretariesGeneral, "secretariesGeneral");
        Check(d.Relations, "relations");
        Check3(d.Members, "members");
        Check3(d.Officers, "officers");
    }

    private GovernanceBody BuildBody(GovernanceBodyDto b, ItemFields fields, DataPath path)
    {
        if (!_version2 && (b.Group is not null || b.Established is not null))
        {
            _check.Add(path, "'group' and 'established' are format version 2 members.");
        }

        return new GovernanceBody(fields)
        {
            Group = _check.OptionalText(b.Group, new DataPath(path, ".group")),
            Established = b.Established is null ? null : _check.Date(b.Established, new DataPath(path, ".established")),
        };
    }

    private Objective BuildObjective(ObjectiveDto o, ItemFields fields, DataPath path)
    {
        StrategicPlan? plan = null;
        var planIndex = o.Plan is null ? -1 : FindPlan(o.Plan);
        if (!_version2 && (o.Plan is not null || o.Label is not null))
        {
            _check.Add(path, "'plan' and 'label' are format version 2 members.");
        }
        else if (_version2 && (plan = planIndex < 0 ? null : _planList[planIndex]) is null)
        {
            _check.Add(new DataPath(path, ".plan"), $"'{o.Plan}' is not the id of a plan in $.strategicPlans.");
        }

        var objective = new Objective(fields)
        {
            Number = o.Number,
            PlanEdition = _check.Text(o.PlanEdition, new DataPath(path, ".planEdition")),
            PlanEditionStatus = _check.Status(o.PlanEditionStatus, new DataPath(path, ".planEditionStatus")),
            Plan = plan,
            Label = _check.OptionalText(o.Label, new DataPath(path, ".label")),
        };
        if (plan is not null)
        {
            _planObjectives[planIndex].Add(objective);
        }

        return objective;
    }

    private IReadOnlyList<StrategicPlan> BuildPlans(StrategicPlanDto[]? dtos, string path)
    {
        if (dtos is null)
        {
            return Array.AsReadOnly(Array.Empty<StrategicPlan>());
        }

        var plans = Items(dtos, path, KnowledgeKind.StrategicPlan, (p, f, itemPath) =>
        {
            // The plan's objective list is filled below and by the top-level objectives that name this plan;
            // it is complete, sorted and read-only before the dataset is returned.
            var objectives = new List<Objective>();
            var plan = new StrategicPlan(f)
            {
                Period = _check.Text(p.Period, new DataPath(itemPath, ".period")),
                StartYear = p.StartYear,
                EndYear = p.EndYear,
                Endorsed = p.Endorsed is null ? null : _check.Date(p.Endorsed, new DataPath(itemPath, ".endorsed")),
                Structure = _check.Text(p.Structure, new DataPath(itemPath, ".structure"), DataValidator.LongText),
                Objectives = objectives.AsReadOnly(),
            };
            if (p.StartYear > p.EndYear || p.StartYear is < 1947 or > 2100 || p.EndYear > 2100)
            {
                _check.Add(new DataPath(itemPath, ".startYear"), $"{p.StartYear} to {p.EndYear} is not a plausible plan period (1947 to 2100).");
            }

            _planList.Add(plan);
            _planObjectives.Add(objectives);
            return plan;
        });
        for (var i = 0; i < dtos.Length; i++)
        {
            if (dtos[i] is { } dto)
            {
                _otherEditionObjectives.AddRange(Items(dto.Objectives, Element(path, i) + ".objectives", KnowledgeKind.Objective, BuildObjective));
            }
        }

        CheckDateOrder(plans, p => FactDate.FromYear(Math.Min(Math.Max(1, p.StartYear), 9999)), path); // implausible years are reported above
        return plans;
    }

    // Each plan's objectives are numbered 1..n within the plan, and are listed in number order. A plan made
    // of the top-level objectives is already checked as $.objectives and not reported twice.
    private void CheckPlanNumbering(IReadOnlyList<StrategicPlan> plans, IReadOnlyList<Objective> topLevel)
    {
        for (var p = 0; p < plans.Count; p++)
        {
            var plan = plans[p];
            var list = _planObjectives[p]; // plans holds the same plans as _planList, in the same order
            SortByNumber(list);
            if (list.Count > 0 && AllIn(list, topLevel))
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Number != i + 1)
                {
                    _check.Add($"$.strategicPlans[{p}].objectives", $"the objectives of plan '{plan.Id}' must be numbered 1 to {list.Count} without gaps or repeats; found {list[i].Number} at position {i + 1}.");
                    break;
                }
            }
        }
    }

    // Plain loops rather than List.Sort with a comparison, TrueForAll and foreach over an interface: each of those would
    // load generic helper types on the first load, for lists of a dozen objectives.
    private static void SortByNumber(List<Objective> list)
    {
        // Insertion sort, quick for short lists; stable, so equal numbers keep the dataset's order.
        for (var i = 1; i < list.Count; i++)
        {
            var item = list[i];
            var j = i - 1;
            while (j >= 0 && list[j].Number > item.Number)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = item;
        }
    }

    private int FindPlan(string id)
    {
        for (var i = _planList.Count - 1; i >= 0; i--)
        {
            if (_planList[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AllIn(List<Objective> list, IReadOnlyList<Objective> topLevel)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (!Contains(topLevel, list[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<Objective> list, Objective objective)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], objective))
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<Region> BuildRegions(RegionDto[]? dtos, string path) => dtos is null
        ? Array.AsReadOnly(Array.Empty<Region>())
        : Numbered(
            Items(dtos, path, KnowledgeKind.Region, (r, f, p) => new Region(f) { Abbreviation = _check.Text(r.Abbreviation, new DataPath(p, ".abbreviation")), Number = r.Number }),
            r => r.Number,
            path);

    private IReadOnlyList<SecretaryGeneral> BuildSecretariesGeneral(SecretaryGeneralDto[]? dtos, string path)
    {
        if (dtos is null)
        {
            return Array.AsReadOnly(Array.Empty<SecretaryGeneral>());
        }

        var people = Items(dtos, path, KnowledgeKind.SecretaryGeneral, (s, f, p) =>
        {
            var person = new SecretaryGeneral(f)
            {
                Country = _check.Text(s.Country, new DataPath(p, ".country")),
                TermStart = s.TermStart is null ? null : _check.Date(s.TermStart, new DataPath(p, ".termStart")),
                TermEnd = s.TermEnd is null ? null : _check.Date(s.TermEnd, new DataPath(p, ".termEnd")),
            };
            if (person.TermEnd is { } end && person.TermStart is { } start && end < start)
            {
                _check.Add(new DataPath(p, ".termEnd"), $"{end} is before the term's start {start}.");
            }

            if (person.TermStart is null && person.Status is not (FactStatus.Unconfirmed or FactStatus.Inferred))
            {
                _check.Add(new DataPath(p, ".termStart"), "a term whose start no source gives must be marked unconfirmed or inferred.");
            }

            return person;
        });
        // Terms whose start is unknown come first (they are the earliest known only by name); the rest are in date order.
        var firstDated = 0;
        while (firstDated < people.Count && people[firstDated] is { TermStart: null })
        {
            firstDated++;
        }

        var dated = new List<SecretaryGeneral>();
        for (var i = firstDated; i < people.Count; i++)
        {
            if (people[i] is { TermStart: null })
            {
                _check.Add(Element(path, i), "a term whose start is unknown is listed before the terms with a known start.");
            }
            else if (people[i] is { } person)
            {
                dated.Add(person);
            }
        }

        CheckDateOrder(dated, s => s.TermStart!.Value, path, firstDated);
        return people;
    }

    private IReadOnlyList<Instrument> BuildInstruments(InstrumentDto[]? dtos, RelationDto[]? relations, string path) => dtos is null
        ? Array.AsReadOnly(Array.Empty<Instrument>())
        : Items(dtos, path, KnowledgeKind.Instrument, (i, f, p) => new Instrument(f)
        {
            InstrumentKind = Parse(i.InstrumentKind, new DataPath(p, ".instrumentKind"), DatasetWords.InstrumentKindWords, DatasetWords.InstrumentKinds, InstrumentKind.Convention),
            AdoptedOn = i.AdoptedOn is null ? null : _check.Date(i.AdoptedOn, new DataPath(p, ".adoptedOn")),
            AdoptedAt = _check.OptionalText(i.AdoptedAt, new DataPath(p, ".adoptedAt")),
            InForce = Parse(i.InForce, new DataPath(p, ".inForce"), DatasetWords.InForceWords, DatasetWords.InForceValues, InForceStatus.Unknown),
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
    private IReadOnlyList<T> Linked<T>(string fromId, string type, RelationDto[]? relations)
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
