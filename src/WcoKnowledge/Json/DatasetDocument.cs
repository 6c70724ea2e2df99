namespace WcoKnowledge.Json;

// The shape of a dataset file, one class per JSON object (see Data/README.md). These types exist only to be
// filled by DatasetJsonReader, which refuses unknown and missing members, so a non-nullable member is never left
// null; DatasetBuilder validates them and turns them into the public immutable model.

internal sealed class DatasetDocument
{
    /// <summary>The one format version this library reads and writes; older files are refused with a message that says how to convert them.</summary>
    internal const int SupportedFormatVersion = 4;

    public int FormatVersion { get; set; }

    public string DataVersion { get; set; } = null!;

    public string AsOf { get; set; } = null!;

    public SourceDto[] Sources { get; set; } = null!;

    public OrganizationDto Organization { get; set; } = null!;

    public StrategyDocumentDto CustomsIn21stCentury { get; set; } = null!;

    public ItemDto[] Roles { get; set; } = null!;

    public ObjectiveDto[] Objectives { get; set; } = null!;

    public PillarDto[] Pillars { get; set; } = null!;

    public StrategicPlanDto[] StrategicPlans { get; set; } = null!;

    public InstrumentDto[] Instruments { get; set; } = null!;

    public RegionDto[] Regions { get; set; } = null!;

    public SecretaryGeneralDto[] SecretariesGeneral { get; set; } = null!;

    public RelationDto[] Relations { get; set; } = null!;

    public MemberDto[] Members { get; set; } = null!;

    public OfficerDto[] Officers { get; set; } = null!;
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
