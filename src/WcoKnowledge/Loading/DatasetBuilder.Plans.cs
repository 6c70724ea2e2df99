using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// Working bodies, the strategic plan editions and their objectives, and the numbering rules that tie them together.
internal sealed partial class DatasetBuilder
{
    // The plans built so far and, at the same index, the list behind each plan's Objectives. A dataset has a handful of
    // plans, so a plan is found by a scan of its id (the last one wins, as in a dictionary) rather than another
    // dictionary type.
    private readonly List<StrategicPlan> _planList = new();
    private readonly List<List<Objective>> _planObjectives = new();

    // Objectives listed inside plans (not the top-level nine), in dataset order.
    private readonly List<Objective> _otherEditionObjectives = new();

    private GovernanceBody BuildBody(GovernanceBodyDto b, ItemFields fields, DataPath path)
    {
        return new GovernanceBody(fields)
        {
            Group = _check.OptionalText(b.Group, new DataPath(path, ".group")),
            Established = b.Established is null ? null : _check.Date(b.Established, new DataPath(path, ".established")),
        };
    }

    private Objective BuildObjective(ObjectiveDto o, ItemFields fields, DataPath path)
    {
        var planIndex = o.Plan is null ? -1 : FindPlan(o.Plan);
        var plan = planIndex < 0 ? null : _planList[planIndex];
        if (o.Plan is null)
        {
            _check.Add(new DataPath(path, ".plan"), "the required member 'plan' is missing: every objective names its plan in $.strategicPlans.");
        }
        else if (plan is null)
        {
            _check.Add(new DataPath(path, ".plan"), $"'{o.Plan}' is not the id of a plan in $.strategicPlans.");
        }

        var objective = new Objective(fields)
        {
            Number = o.Number,
            PlanEdition = _check.Text(o.PlanEdition, new DataPath(path, ".planEdition")),
            PlanEditionStatus = _check.Status(o.PlanEditionStatus, new DataPath(path, ".planEditionStatus")),
            Plan = plan!, // null only when an error is recorded above, and then the load throws
            Label = _check.OptionalText(o.Label, new DataPath(path, ".label")),
        };
        if (plan is not null)
        {
            _planObjectives[planIndex].Add(objective);
        }

        return objective;
    }

    private IReadOnlyList<StrategicPlan> BuildPlans(StrategicPlanDto[] dtos, string path)
    {
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
}
