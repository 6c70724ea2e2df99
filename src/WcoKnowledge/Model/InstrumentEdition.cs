using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>An edition, version or amendment of an <see cref="Instrument"/>, such as the 2015 SAFE Framework or WCO Data Model 4.0.0.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record InstrumentEdition
{
    internal InstrumentEdition()
    {
    }

    /// <summary>How the edition is known, for example "2015" or "4.0.0".</summary>
    public required string Label { get; init; }

    /// <summary>When it was adopted or released.</summary>
    public required FactDate Date { get; init; }

    /// <summary>What it changed, in our own words.</summary>
    public required string Summary { get; init; }

    /// <summary>How well it is supported.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
