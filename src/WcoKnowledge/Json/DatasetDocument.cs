namespace WcoKnowledge.Json;

// The shape of a dataset file, one class per JSON object (see Data/README.md). These types exist only to be
// filled by DatasetJsonReader, which refuses unknown and missing members, so a non-nullable member is never left
// null; DatasetBuilder validates them and turns them into the public immutable model.

internal sealed class DatasetDocument
{
    public int FormatVersion { get; set; }

    public string DataVersion { get; set; } = null!;

    public string AsOf { get; set; } = null!;

    public SourceDto[] Sources { get; set; } = null!;

    public OrganizationDto Organization { get; set; } = null!;

    public StrategyDocumentDto CustomsIn21stCentury { get; set; } = null!;

    public ItemDto[] Roles { get; set; } = null!;

    public ObjectiveDto[] Objectives { get; set; } = null!;

    public PillarDto[] Pillars { get; set; } = null!;

    // Format version 2 only: absent (null) in version 1 files, required in version 2 (the builder checks).
    public StrategicPlanDto[]? StrategicPlans { get; set; }

    public InstrumentDto[]? Instruments { get; set; }

    public RegionDto[]? Regions { get; set; }

    public SecretaryGeneralDto[]? SecretariesGeneral { get; set; }

    public RelationDto[]? Relations { get; set; }

    // Format version 3 only: absent (null) before, required from version 3 (the builder checks).
    public MemberDto[]? Members { get; set; }

    public OfficerDto[]? Officers { get; set; }
}

internal sealed class SourceDto
{
    public string Id { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string Publisher { get; set; } = null!;

    public string Url { get; set; } = null!;

    public string Kind { get; set; } = null!;

    public string? AsOf { get; set; }

    public string? Note { get; set; }
}
