using System.Collections.Generic;

namespace WcoKnowledge.Cli.Knowledge;

/// <summary>Reads a dated series (membership, staff) as of a date.</summary>
internal static class FigureSeries
{
    /// <summary>
    /// The figure valid on <paramref name="date"/>: the newest entry whose date is on or before it, comparing
    /// <see cref="FactDate"/>s by their own ordering (a year orders before any month of it: 2018 &lt; 2018-07).
    /// </summary>
    /// <returns>The figure, or <see langword="null"/> when every entry is later.</returns>
    public static DatedFigure? ValidOn(IReadOnlyList<DatedFigure> series, FactDate date)
    {
        DatedFigure? best = null;
        foreach (var figure in series)
        {
            if (figure.AsOf <= date && (best is null || figure.AsOf >= best.AsOf))
            {
                best = figure;
            }
        }

        return best;
    }
}
