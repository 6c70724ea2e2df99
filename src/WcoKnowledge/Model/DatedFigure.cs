using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace WcoKnowledge;

/// <summary>A figure that changes over time (members, staff, share of world trade) as one source gives it on one date.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Instances come only from a loaded knowledge base.</para>
/// <para>Equality is identity: a knowledge base holds each of its objects once, and two loads of the same file give
/// different objects. Compare their members to match values across knowledge bases.</para>
/// </remarks>
public sealed record DatedFigure
{
    internal DatedFigure()
    {
    }

    /// <summary>The number as the source gives it; read it with <see cref="Qualifier"/>.</summary>
    public int Value { get; internal init; }

    /// <summary>Whether <see cref="Value"/> is exact, a lower bound or an approximation.</summary>
    public FigureQualifier Qualifier { get; internal init; }

    /// <summary>What is counted, for example "members", "staff" or "percent".</summary>
    public string Unit { get; internal init; } = null!;

    /// <summary>The date the figure was true on.</summary>
    public FactDate AsOf { get; internal init; }

    /// <summary>How well the figure is supported by its sources.</summary>
    public FactStatus Status { get; internal init; }

    /// <summary>Context, such as which accession brought the count to this value, or <see langword="null"/>.</summary>
    public string? Note { get; internal init; }

    /// <summary>The sources of the figure; at least one; read-only.</summary>
    public IReadOnlyList<Source> Sources { get; internal init; } = null!;

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

    /// <summary>True only when <paramref name="other"/> is this same instance (see the type's remarks on equality).</summary>
    /// <param name="other">The figure to compare with.</param>
    /// <returns>Whether both are the same instance.</returns>
    public bool Equals(DatedFigure? other) => ReferenceEquals(this, other);

    /// <summary>A hash code consistent with <see cref="Equals(DatedFigure)"/>: the instance's identity.</summary>
    /// <returns>The runtime's identity hash code of this instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
