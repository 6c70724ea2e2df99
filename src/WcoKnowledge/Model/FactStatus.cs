namespace WcoKnowledge;

/// <summary>
/// How well a fact in the dataset is supported by its sources.
/// </summary>
/// <remarks>
/// The dataset never drops an uncertain fact silently, nor presents it as settled: it carries it with
/// <see cref="Inferred"/> or <see cref="Unconfirmed"/> and, on items, a note saying what is uncertain.
/// </remarks>
public enum FactStatus
{
    /// <summary>A page or document of the WCO, or a primary treaty text, states it.</summary>
    Confirmed = 0,

    /// <summary>Only a reputable third-party page (including a third-party copy of WCO text) states it.</summary>
    Secondary = 1,

    /// <summary>Reasoned from sources that do not state it outright.</summary>
    Inferred = 2,

    /// <summary>No source was found that states it; kept because users meet it (for example in the seed text).</summary>
    Unconfirmed = 3,
}
