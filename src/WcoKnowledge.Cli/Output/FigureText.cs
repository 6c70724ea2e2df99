using System;

namespace WcoKnowledge.Cli.Output;

/// <summary>How figures read where their date has a column of its own.</summary>
internal static class FigureText
{
    /// <summary>The figure without its date: "more than 150 staff" for <c>more than 150 staff (2021-03-04)</c>.</summary>
    public static string WithoutDate(DatedFigure figure)
    {
        var text = figure.ToString();
        var date = $" ({figure.AsOf})";
        return text.EndsWith(date, StringComparison.Ordinal) ? text[..^date.Length] : text;
    }
}
