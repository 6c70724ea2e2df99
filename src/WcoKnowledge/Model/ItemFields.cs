using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>The validated members every item shares, handed by the loader to each item's constructor.</summary>
/// <remarks>A struct: it only carries the members into the constructor, so it need not be an object of its own.</remarks>
internal readonly struct ItemFields
{
    internal required string Id { get; init; }

    internal required string Title { get; init; }

    internal required string Summary { get; init; }

    internal required IReadOnlyList<string> Aliases { get; init; }

    internal required FactStatus Status { get; init; }

    internal required string? StatusNote { get; init; }

    internal required IReadOnlyList<Source> Sources { get; init; }

    internal required IReadOnlyList<Translation> Translations { get; init; }

    internal required WikidataLink? Wikidata { get; init; }
}
