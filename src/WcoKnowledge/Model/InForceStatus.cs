namespace WcoKnowledge;

/// <summary>Whether an <see cref="Instrument"/> is in force, as its sources give it.</summary>
public enum InForceStatus
{
    /// <summary>In force (see <see cref="Instrument.InForceOn"/> for since when).</summary>
    InForce = 0,

    /// <summary>Not (yet) in force.</summary>
    NotInForce = 1,

    /// <summary>Not a binding instrument, so entry into force does not apply.</summary>
    NotBinding = 2,

    /// <summary>No source states it.</summary>
    Unknown = 3,
}
