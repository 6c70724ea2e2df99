using System.Text.Json.Serialization;

namespace WcoKnowledge.Json;

/// <summary>
/// The compile-time generated writer of the dataset format's objects (what <see cref="DatasetWriter"/> makes of the
/// model): no reflection, so it is trim- and NativeAOT-safe. Every member is written, nulls included: the format
/// requires some members to be present even when null (a source's <c>asOf</c>), and the reader takes a null for every
/// optional one.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DatasetDocument))]
[JsonSerializable(typeof(SourceDto))]
[JsonSerializable(typeof(RelationDto))]
[JsonSerializable(typeof(DatedFigureDto))]
[JsonSerializable(typeof(MilestoneDto))]
[JsonSerializable(typeof(EditionDto))]
[JsonSerializable(typeof(ConventionDto))]
[JsonSerializable(typeof(HeadquartersDto))]
[JsonSerializable(typeof(LanguageSetDto))]
[JsonSerializable(typeof(ItemDto))]
[JsonSerializable(typeof(OrganizationDto))]
[JsonSerializable(typeof(StatementDto))]
[JsonSerializable(typeof(GovernanceBodyDto))]
[JsonSerializable(typeof(StrategyDocumentDto))]
[JsonSerializable(typeof(ObjectiveDto))]
[JsonSerializable(typeof(PillarDto))]
[JsonSerializable(typeof(StrategicPlanDto))]
[JsonSerializable(typeof(InstrumentDto))]
[JsonSerializable(typeof(RegionDto))]
[JsonSerializable(typeof(SecretaryGeneralDto))]
[JsonSerializable(typeof(MemberDto))]
[JsonSerializable(typeof(OfficerDto))]
[JsonSerializable(typeof(TranslationDto))]
[JsonSerializable(typeof(WikidataDto))]
[JsonSerializable(typeof(CustomsDayThemeDto))]
internal sealed partial class DatasetWriteContext : JsonSerializerContext
{
}
