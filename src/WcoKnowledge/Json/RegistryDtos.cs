namespace WcoKnowledge.Json;

// The dataset objects of regions, the member registry and the holders of offices (Data/README.md).

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
