namespace WcoKnowledge.Json;

// The objects that format version 2 adds (see Data/README.md).

internal sealed class StrategicPlanDto : ItemDto
{
    public required string Period { get; init; }

    public required int StartYear { get; init; }

    public required int EndYear { get; init; }

    public required string? Endorsed { get; init; }

    public required string Structure { get; init; }

    public required ObjectiveDto[] Objectives { get; init; }
}

internal sealed class InstrumentDto : ItemDto
{
    public required string InstrumentKind { get; init; }

    public required string? AdoptedOn { get; init; }

    public required string? AdoptedAt { get; init; }

    public required string InForce { get; init; }

    public required string? InForceOn { get; init; }

    public required EditionDto[] Editions { get; init; }
}

internal sealed class EditionDto
{
    public required string Label { get; init; }

    public required string Date { get; init; }

    public required string Summary { get; init; }

    public required string Status { get; init; }

    public required string[] Sources { get; init; }
}

internal sealed class RegionDto : ItemDto
{
    public required string Abbreviation { get; init; }

    public required int Number { get; init; }
}

internal sealed class SecretaryGeneralDto : ItemDto
{
    public required string Country { get; init; }

    public required string TermStart { get; init; }

    public required string? TermEnd { get; init; }
}

internal sealed class RelationDto
{
    public required string From { get; init; }

    public required string Type { get; init; }

    public required string To { get; init; }

    public required string Status { get; init; }

    public string? Note { get; init; }

    public required string[] Sources { get; init; }
}
