using System.Collections.Generic;
using System.Globalization;

namespace WcoKnowledge;

/// <summary>A figure that changes over time (members, staff, share of world trade) as one source gives it on one date.</summary>
/// <remarks>Immutable and thread-safe. Instances come only from a loaded knowledge base.</remarks>
public sealed record DatedFigure
{
    internal DatedFigure()
    {
    }

    /// <summary>The number as the source gives it; read it with <see cref="Qualifier"/>.</summary>
    public required int Value { get; init; }

    /// <summary>Whether <see cref="Value"/> is exact, a lower bound or an approximation.</summary>
    public required FigureQualifier Qualifier { get; init; }

    /// <summary>What is counted, for example "members", "staff" or "percent".</summary>
    public required string Unit { get; init; }

    /// <summary>The date the figure was true on.</summary>
    public required FactDate AsOf { get; init; }

    /// <summary>How well the figure is supported by its sources.</summary>
    public required FactStatus Status { get; init; }

    /// <summary>Context, such as which accession brought the count to this value, or <see langword="null"/>.</summary>
    public required string? Note { get; init; }

    /// <summary>The sources of the figure; at least one; read-only.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Returns the figure with its qualifier and date, for example <c>more than 150 staff (2021-03-04)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        var qualifier = Qualifier switch
        {
            FigureQualifier.AtLeast => "at least ",
            FigureQualifier.MoreThan => "more than ",
            FigureQualifier.Approximately => "about ",
            _ => string.Empty,
        };
        return qualifier + Value.ToString(CultureInfo.InvariantCulture) + " " + Unit + " (" + AsOf.ToString() + ")";
    }
}
