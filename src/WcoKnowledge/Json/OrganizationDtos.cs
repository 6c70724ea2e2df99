namespace WcoKnowledge.Json;

internal sealed class OrganizationDto : ItemDto
{
    public required string Abbreviation { get; init; }

    public required string LegalName { get; init; }

    public required string LegalAbbreviation { get; init; }

    public required string FrenchName { get; init; }

    public required string FrenchAbbreviation { get; init; }

    public required string FrenchLegalName { get; init; }

    public required string FrenchLegalAbbreviation { get; init; }

    public required ConventionDto EstablishingConvention { get; init; }

    public required HeadquartersDto Headquarters { get; init; }

    public required LanguageSetDto OfficialLanguages { get; init; }

    public required MilestoneDto[] History { get; init; }

    public required DatedFigureDto[] Membership { get; init; }

    public required DatedFigureDto WorldTradeShare { get; init; }

    public required DatedFigureDto[] SecretariatStaff { get; init; }

    public required StatementDto Vision { get; init; }

    public required StatementDto[] Missions { get; init; }

    public required ItemDto[] Values { get; init; }

    public required GovernanceBodyDto[] Governance { get; init; }

    public required ItemDto[] Topics { get; init; }
}

internal sealed class ConventionDto
{
    public required string Title { get; init; }

    public required string Place { get; init; }

    public required string SignedOn { get; init; }

    public required string InForceOn { get; init; }

    public required string Status { get; init; }

    public required string[] Sources { get; init; }
}

internal sealed class HeadquartersDto
{
    public required string City { get; init; }

    public required string Country { get; init; }

    public required string Address { get; init; }

    public required string Status { get; init; }

    public required string[] Sources { get; init; }
}

internal sealed class LanguageSetDto
{
    public required string[] Languages { get; init; }

    public required string AsOf { get; init; }

    public required string Status { get; init; }

    public required string[] Sources { get; init; }
}

internal sealed class MilestoneDto
{
    public required string Key { get; init; }

    public required string Date { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Status { get; init; }

    public required string[] Sources { get; init; }
}

internal sealed class DatedFigureDto
{
    public required int Value { get; init; }

    public required string Qualifier { get; init; }

    public required string Unit { get; init; }

    public required string AsOf { get; init; }

    public required string Status { get; init; }

    public string? Note { get; init; }

    public required string[] Sources { get; init; }
}
