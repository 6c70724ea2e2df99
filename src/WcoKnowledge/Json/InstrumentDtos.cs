namespace WcoKnowledge.Json;

// The dataset objects of strategic plans, instruments, their editions and the relations between items (Data/README.md).

internal sealed class StrategicPlanDto : ItemDto
{
    public string Period { get; set; } = null!;

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public string? Endorsed { get; set; }

    public string Structure { get; set; } = null!;

    public ObjectiveDto[] Objectives { get; set; } = null!;
}

internal sealed class InstrumentDto : ItemDto
{
    public string InstrumentKind { get; set; } = null!;

    public string? AdoptedOn { get; set; }

    public string? AdoptedAt { get; set; }

    public string InForce { get; set; } = null!;

    public string? InForceOn { get; set; }

    public EditionDto[] Editions { get; set; } = null!;
}

internal sealed class EditionDto
{
    public string Label { get; set; } = null!;

    public string Date { get; set; } = null!;

    public string Summary { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string[] Sources { get; set; } = null!;
}

internal sealed class RelationDto
{
    public string From { get; set; } = null!;

    public string Type { get; set; } = null!;

    public string To { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string? Note { get; set; }

    public string[] Sources { get; set; } = null!;
}
