namespace WcoKnowledge.Json;

// The shape of a dataset file, one class per JSON object (see Data/README.md). These types exist only to be filled by
// the source-generated DatasetJsonContext, which refuses unknown, duplicated and missing 'required' members and nulls
// in non-nullable members, so a non-nullable member is never left null. DatasetBuilder validates the values and turns
// them into the public immutable model. A member that is 'required' and nullable must be present but may be null
// ("undated" is a statement; silence is not).

internal sealed class DatasetDocument
{
    public required int FormatVersion { get; init; }

    public required string DataVersion { get; init; }

    public required string AsOf { get; init; }

    public required SourceDto[] Sources { get; init; }

    public required OrganizationDto Organization { get; init; }

    public required StrategyDocumentDto CustomsIn21stCentury { get; init; }

    public required ItemDto[] Roles { get; init; }

    public required ObjectiveDto[] Objectives { get; init; }

    public required PillarDto[] Pillars { get; init; }

    // Format version 2 only: absent (null) in version 1 files, required in version 2 (the builder checks).
    public StrategicPlanDto[]? StrategicPlans { get; init; }

    public InstrumentDto[]? Instruments { get; init; }

    public RegionDto[]? Regions { get; init; }

    public SecretaryGeneralDto[]? SecretariesGeneral { get; init; }

    public RelationDto[]? Relations { get; init; }
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
