using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>Where the WCO Secretariat has its seat.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record Headquarters
{
    internal Headquarters()
    {
    }

    /// <summary>The city.</summary>
    public required string City { get; init; }

    /// <summary>The country.</summary>
    public required string Country { get; init; }

    /// <summary>The postal address.</summary>
    public required string Address { get; init; }

    /// <summary>How well these facts are supported.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
