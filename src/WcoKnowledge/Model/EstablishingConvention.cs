using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>The convention that established the Customs Co-operation Council: where and when it was signed and when it entered into force.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record EstablishingConvention
{
    internal EstablishingConvention()
    {
    }

    /// <summary>The convention's official title.</summary>
    public required string Title { get; init; }

    /// <summary>Where it was signed.</summary>
    public required string Place { get; init; }

    /// <summary>When it was signed.</summary>
    public required FactDate SignedOn { get; init; }

    /// <summary>When it entered into force.</summary>
    public required FactDate InForceOn { get; init; }

    /// <summary>How well these facts are supported.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
