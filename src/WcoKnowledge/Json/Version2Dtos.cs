namespace WcoKnowledge.Json;

// The objects that format version 2 adds (see Data/README.md).

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

internal sealed class RegionDto : ItemDto
{
    public string Abbreviation { get; set; } = null!;

    public int Number { get; set; }
}

internal sealed class SecretaryGeneralDto : ItemDto
{
    public string Country { get; set; } = null!;

    public string? TermStart { get; set; }

    public string? TermEnd { get; set; }
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

// Format version 3 adds the member registry and the officers.
internal sealed class OfficerDto : ItemDto
{
    public string Office { get; set; } = null!;

    public string? Country { get; set; }

    public string? TermStart { get; set; }

    public string? TermEnd { get; set; }
}

internal sealed class MemberDto : ItemDto
{
    public string? IsoAlpha2 { get; set; }

    public string? IsoAlpha3 { get; set; }

    public string? CodeNote { get; set; }

    public string Region { get; set; } = null!;

    public string? MemberSince { get; set; }

    public string MemberSinceKind { get; set; } = null!;
}
