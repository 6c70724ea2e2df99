using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>A set of languages with the date and sources that state it, such as the WCO's official languages.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record LanguageSet
{
    internal LanguageSet()
    {
    }

    /// <summary>The languages' English names, for example "English" and "French"; read-only.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The date the sources state it on.</summary>
    public required FactDate AsOf { get; init; }

    /// <summary>How well it is supported.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>The sources; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
