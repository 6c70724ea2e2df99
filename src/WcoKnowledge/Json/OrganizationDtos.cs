using System.Text.Json.Serialization;

namespace WcoKnowledge.Json;

internal sealed class OrganizationDto : ItemDto
{
    public string Abbreviation { get; set; } = null!;

    public string LegalName { get; set; } = null!;

    public string LegalAbbreviation { get; set; } = null!;

    public string FrenchName { get; set; } = null!;

    public string FrenchAbbreviation { get; set; } = null!;

    public string FrenchLegalName { get; set; } = null!;

    public string FrenchLegalAbbreviation { get; set; } = null!;

    public ConventionDto EstablishingConvention { get; set; } = null!;

    public HeadquartersDto Headquarters { get; set; } = null!;

    public LanguageSetDto OfficialLanguages { get; set; } = null!;

    public MilestoneDto[] History { get; set; } = null!;

    public DatedFigureDto[] Membership { get; set; } = null!;

    public DatedFigureDto WorldTradeShare { get; set; } = null!;

    public DatedFigureDto[] SecretariatStaff { get; set; } = null!;

    public StatementDto Vision { get; set; } = null!;

    public StatementDto[] Missions { get; set; } = null!;

    public ItemDto[] Values { get; set; } = null!;

    public GovernanceBodyDto[] Governance { get; set; } = null!;

    public ItemDto[] Topics { get; set; } = null!;

    // Required from format 4 on; the builder reports it missing after the format version check.
    public CustomsDayThemeDto[]? CustomsDayThemes { get; set; }
}

internal sealed class CustomsDayThemeDto
{
    public int Year { get; set; }

    public string Theme { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string? StatusNote { get; set; }

    public string[] Sources { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public System.Collections.Generic.Dictionary<string, TranslationDto>? Translations { get; set; }
}

internal sealed class ConventionDto
{
    public string Title { get; set; } = null!;

    public string Place { get; set; } = null!;

    public string SignedOn { get; set; } = null!;

    public string InForceOn { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string[] Sources { get; set; } = null!;
}

internal sealed class HeadquartersDto
{
    public string City { get; set; } = null!;

    public string Country { get; set; } = null!;

    public string Address { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string[] Sources { get; set; } = null!;
}

internal sealed class LanguageSetDto
{
    public string[] Languages { get; set; } = null!;

    public string AsOf { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string[] Sources { get; set; } = null!;
}

internal sealed class MilestoneDto
{
    public string Key { get; set; } = null!;

    public string Date { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string Summary { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string[] Sources { get; set; } = null!;
}

internal sealed class DatedFigureDto
{
    public int Value { get; set; }

    public string Qualifier { get; set; } = null!;

    public string Unit { get; set; } = null!;

    public string AsOf { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string? Note { get; set; }

    public string[] Sources { get; set; } = null!;
}
