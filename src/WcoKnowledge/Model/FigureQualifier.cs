namespace WcoKnowledge;

/// <summary>How a <see cref="DatedFigure"/>'s value relates to the true number, as its source words it.</summary>
public enum FigureQualifier
{
    /// <summary>The value is the number ("184 Members").</summary>
    Exactly = 0,

    /// <summary>The true number is the value or more ("at least 17").</summary>
    AtLeast = 1,

    /// <summary>The true number exceeds the value ("more than 150 staff").</summary>
    MoreThan = 2,

    /// <summary>The value is a round approximation ("about 98 %").</summary>
    Approximately = 3,
}
