using System.Collections.Generic;

namespace WcoKnowledge.Json;

// The shape of a dataset file, one class per JSON object (see Data/README.md). These types exist only to
// be read by the source-generated WcoJsonContext; DatasetBuilder validates them and turns them into the
// public immutable model. 'required' members and nullable annotations are enforced by the reader.

internal sealed class DatasetDocument
{
    public required int FormatVersion { get; init; }

    public required string DataVersion { get; init; }

    public required string AsOf { get; init; }

    public required List<SourceDto> Sources { get; init; }

    public required OrganizationDto Organization { get; init; }

    public required StrategyDocumentDto CustomsIn21stCentury { get; init; }

    public required List<ItemDto> Roles { get; init; }

    public required List<ObjectiveDto> Objectives { get; init; }

    public required List<PillarDto> Pillars { get; init; }

    // Format version 2 only: absent (null) in version 1 files, required in version 2 (the builder checks).
    public List<StrategicPlanDto>? StrategicPlans { get; init; }

    public List<InstrumentDto>? Instruments { get; init; }

    public List<RegionDto>? Regions { get; init; }

    public List<SecretaryGeneralDto>? SecretariesGeneral { get; init; }

    public List<RelationDto>? Relations { get; init; }
}

internal sealed class SourceDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    public required string Url { get; init; }

    public required string Kind { get; init; }

    public required string? AsOf { get; init; }

    public string? Note { get; init; }
}
