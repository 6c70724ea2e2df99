using System.Text.Json.Serialization;

namespace WcoKnowledge.Json;

// The members every item has come first when an item is written (DatasetWriteContext), as in the dataset file.

internal class ItemDto
{
    [JsonPropertyOrder(-1)]
    public string Id { get; set; } = null!;

    [JsonPropertyOrder(-1)]
    public string Title { get; set; } = null!;

    [JsonPropertyOrder(-1)]
    public string Summary { get; set; } = null!;

    [JsonPropertyOrder(-1)]
    public string[] Aliases { get; set; } = null!;

    [JsonPropertyOrder(-1)]
    public string Status { get; set; } = null!;

    [JsonPropertyOrder(-1)]
    public string? StatusNote { get; set; }

    [JsonPropertyOrder(-1)]
    public string[] Sources { get; set; } = null!;

    // Optional (format 4): left out of the JSON when the item has none, as in the dataset file.
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public System.Collections.Generic.Dictionary<string, TranslationDto>? Translations { get; set; }

    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WikidataDto? Wikidata { get; set; }
}

/// <summary>One language's entry of an item's <c>translations</c> (the language tag is its key).</summary>
internal sealed class TranslationDto
{
    // Only for a translation written on its own (WcoJson), where no key names its language; null, so left out, in an item.
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; set; }

    public string Title { get; set; } = null!;

    public string[] Aliases { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string? StatusNote { get; set; }

    public string[] Sources { get; set; } = null!;
}

internal sealed class WikidataDto
{
    public string Id { get; set; } = null!;

    public string Status { get; set; } = null!;

    public string? StatusNote { get; set; }

    public string[] Sources { get; set; } = null!;
}

internal sealed class ObjectiveDto : ItemDto
{
    public int Number { get; set; }

    public string PlanEdition { get; set; } = null!;

    public string PlanEditionStatus { get; set; } = null!;

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
    public string? Group { get; set; }

    public string? Established { get; set; }
}
