namespace WcoKnowledge;

/// <summary>What kind of legal or technical instrument an <see cref="Instrument"/> is.</summary>
public enum InstrumentKind
{
    /// <summary>A treaty that binds its contracting parties (or a protocol amending one).</summary>
    Convention = 0,

    /// <summary>A non-binding set of standards, such as the SAFE Framework.</summary>
    FrameworkOfStandards = 1,

    /// <summary>A declaration of principles adopted by the Council, such as the Revised Arusha Declaration.</summary>
    Declaration = 2,

    /// <summary>A technical data standard, such as the WCO Data Model.</summary>
    DataStandard = 3,

    /// <summary>An edition of a nomenclature, such as HS 2028.</summary>
    NomenclatureEdition = 4,
}
