using System.Collections.Generic;

namespace WcoKnowledge.Loading;

/// <summary>A validated dataset in model form, before the query indexes are built over it.</summary>
internal sealed class LoadedDataset
{
    internal required string DataVersion { get; init; }

    internal required FactDate AsOf { get; init; }

    internal required IReadOnlyList<Source> Sources { get; init; }

    internal required Organization Organization { get; init; }

    internal required StrategyDocument CustomsIn21stCentury { get; init; }

    internal required IReadOnlyList<CustomsRole> Roles { get; init; }

    internal required IReadOnlyList<Objective> Objectives { get; init; }

    internal required IReadOnlyList<Pillar> Pillars { get; init; }

    internal required IReadOnlyList<StrategicPlan> StrategicPlans { get; init; }

    /// <summary>The objectives of plan editions other than the top-level ones, in dataset order.</summary>
    internal required IReadOnlyList<Objective> OtherEditionObjectives { get; init; }

    internal required IReadOnlyList<Instrument> Instruments { get; init; }

    internal required IReadOnlyList<Region> Regions { get; init; }

    internal required IReadOnlyList<SecretaryGeneral> SecretariesGeneral { get; init; }

    internal required IReadOnlyList<Relation> Relations { get; init; }

    /// <summary>The member registry.</summary>
    internal required IReadOnlyList<Member> Members { get; init; }

    /// <summary>Council Chairs and Deputy Secretaries General.</summary>
    internal required IReadOnlyList<Officer> Officers { get; init; }
}
