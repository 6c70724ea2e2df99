namespace WcoKnowledge.Json;

internal class ItemDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string[] Aliases { get; init; }

    public required string Status { get; init; }

    public string? StatusNote { get; init; }

    public required string[] Sources { get; init; }
}

internal sealed class ObjectiveDto : ItemDto
{
    public required int Number { get; init; }

    public required string PlanEdition { get; init; }

    public required string PlanEditionStatus { get; init; }

    // Format version 2 only.
    public string? Plan { get; init; }

    public string? Label { get; init; }
}

internal sealed class PillarDto : ItemDto
{
    public required int Number { get; init; }
}

internal sealed class StrategyDocumentDto : ItemDto
{
    public required string Adopted { get; init; }
}

internal sealed class StatementDto : ItemDto
{
    public required string Era { get; init; }
}

internal sealed class GovernanceBodyDto : ItemDto
{
    // Format version 2 only.
    public string? Group { get; init; }

    public string? Established { get; init; }
}
