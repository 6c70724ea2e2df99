namespace WcoKnowledge.Json;

internal class ItemDto
{
    public string Id { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string Summary { get; set; } = null!;

    public string[] Aliases { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string? StatusNote { get; set; }

    public string[] Sources { get; set; } = null!;
}

internal sealed class ObjectiveDto : ItemDto
{
    public int Number { get; set; }

    public string PlanEdition { get; set; } = null!;

    public string PlanEditionStatus { get; set; } = null!;

    // Format version 2 only.
    public string? Plan { get; set; }

    public string? Label { get; set; }
}

internal sealed class PillarDto : ItemDto
{
    public int Number { get; set; }
}

internal sealed class StrategyDocumentDto : ItemDto
{
    public string Adopted { get; set; } = null!;
}

internal sealed class StatementDto : ItemDto
{
    public string Era { get; set; } = null!;
}

internal sealed class GovernanceBodyDto : ItemDto
{
    // Format version 2 only.
    public string? Group { get; set; }

    public string? Established { get; set; }
}
