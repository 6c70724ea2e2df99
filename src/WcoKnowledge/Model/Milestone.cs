using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>A dated event in the WCO's history, such as the signing of its founding convention.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record Milestone
{
    internal Milestone()
    {
    }

    /// <summary>A stable kebab-case key, unique within <see cref="Organization.History"/>, for example <c>first-council-session</c>.</summary>
    public required string Key { get; init; }

    /// <summary>When it happened, to the precision the sources give.</summary>
    public required FactDate Date { get; init; }

    /// <summary>A short name for the event.</summary>
    public required string Title { get; init; }

    /// <summary>What happened, in our own words.</summary>
    public required string Summary { get; init; }

    /// <summary>How well the event and its date are supported.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>The sources of the event; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Returns the date and title, for example <c>1953-01-26 Inaugural Council session</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Date} {Title}";
}
