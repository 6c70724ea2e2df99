using System;

namespace WcoKnowledge;

/// <summary>
/// The words for enumeration values in the dataset format and in JSON written by <see cref="WcoJson"/>
/// (<c>"confirmed"</c>, <c>"officialWco"</c>, <c>"moreThan"</c>): the one list that the loader reads with, the writer
/// writes with, and applications show, so every door names a value the same way. Kinds have their own words in
/// <see cref="KnowledgeKinds.Word(KnowledgeKind)"/>.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Every method throws <see cref="ArgumentOutOfRangeException"/> for a value that is not
/// defined by its enumeration. The words never change within a major version; a word is added with its value.
/// </remarks>
public static class DatasetWords
{
    // Parallel arrays rather than tuples: tuple arrays would make the type initializer compile tuple constructors at
    // run time on every first load. The loader parses with the same arrays (Loading/DataValidator.Word).
    internal static readonly string[] StatusWords = { "confirmed", "secondary", "inferred", "unconfirmed" };
    internal static readonly FactStatus[] Statuses = { FactStatus.Confirmed, FactStatus.Secondary, FactStatus.Inferred, FactStatus.Unconfirmed };

    internal static readonly string[] SourceKindWords = { "officialWco", "secondary", "seedText" };
    internal static readonly SourceKind[] SourceKinds = { SourceKind.OfficialWco, SourceKind.Secondary, SourceKind.SeedText };

    internal static readonly string[] QualifierWords = { "exactly", "atLeast", "moreThan", "approximately" };
    internal static readonly FigureQualifier[] Qualifiers = { FigureQualifier.Exactly, FigureQualifier.AtLeast, FigureQualifier.MoreThan, FigureQualifier.Approximately };

    internal static readonly string[] RelationTypeWords = { "serves", "managedBy", "reportsTo", "supports" };
    internal static readonly RelationType[] RelationTypes = { RelationType.Serves, RelationType.ManagedBy, RelationType.ReportsTo, RelationType.Supports };

    internal static readonly string[] InstrumentKindWords = { "convention", "frameworkOfStandards", "declaration", "dataStandard", "nomenclatureEdition" };
    internal static readonly InstrumentKind[] InstrumentKinds =
    {
        InstrumentKind.Convention, InstrumentKind.FrameworkOfStandards, InstrumentKind.Declaration, InstrumentKind.DataStandard, InstrumentKind.NomenclatureEdition,
    };

    internal static readonly string[] InForceWords = { "inForce", "notInForce", "notBinding", "unknown" };
    internal static readonly InForceStatus[] InForceValues = { InForceStatus.InForce, InForceStatus.NotInForce, InForceStatus.NotBinding, InForceStatus.Unknown };

    internal static readonly string[] MembershipDateWords = { "unknown", "deposit", "effective" };
    internal static readonly MembershipDateKind[] MembershipDateKinds = { MembershipDateKind.Unknown, MembershipDateKind.Deposit, MembershipDateKind.Effective };

    internal static readonly string[] OfficeWords = { "councilChair", "deputySecretaryGeneral" };
    internal static readonly Office[] Offices = { Office.CouncilChair, Office.DeputySecretaryGeneral };

    internal static readonly string[] SearchFieldWords = { "title", "alias", "summary", "translation" };
    internal static readonly SearchField[] SearchFields = { SearchField.Title, SearchField.Alias, SearchField.Summary, SearchField.Translation };

    /// <summary>The word for a confirmation status: <c>confirmed</c>, <c>secondary</c>, <c>inferred</c> or <c>unconfirmed</c>.</summary>
    /// <param name="status">A defined status.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Word(FactStatus status) => Find(status, StatusWords, Statuses);

    /// <summary>The word for a kind of source: <c>officialWco</c>, <c>secondary</c> or <c>seedText</c>.</summary>
    /// <param name="kind">A defined source kind.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Word(SourceKind kind) => Find(kind, SourceKindWords, SourceKinds);

    /// <summary>The word for how a figure relates to its value: <c>exactly</c>, <c>atLeast</c>, <c>moreThan</c> or <c>approximately</c>.</summary>
    /// <param name="qualifier">A defined qualifier.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not defined.</exception>
    public static string Word(FigureQualifier qualifier) => Find(qualifier, QualifierWords, Qualifiers);

    /// <summary>The word for a relation type: <c>serves</c>, <c>managedBy</c>, <c>reportsTo</c> or <c>supports</c>.</summary>
    /// <param name="type">A defined relation type.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static string Word(RelationType type) => Find(type, RelationTypeWords, RelationTypes);

    /// <summary>The word for a kind of instrument, for example <c>convention</c> or <c>frameworkOfStandards</c>.</summary>
    /// <param name="kind">A defined instrument kind.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Word(InstrumentKind kind) => Find(kind, InstrumentKindWords, InstrumentKinds);

    /// <summary>The word for whether an instrument is in force: <c>inForce</c>, <c>notInForce</c>, <c>notBinding</c> or <c>unknown</c>.</summary>
    /// <param name="status">A defined value.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Word(InForceStatus status) => Find(status, InForceWords, InForceValues);

    /// <summary>The word for what a Member's joining date records: <c>unknown</c>, <c>deposit</c> or <c>effective</c>.</summary>
    /// <param name="kind">A defined value.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Word(MembershipDateKind kind) => Find(kind, MembershipDateWords, MembershipDateKinds);

    /// <summary>The word for an office: <c>councilChair</c> or <c>deputySecretaryGeneral</c>.</summary>
    /// <param name="office">A defined office.</param>
    /// <returns>The dataset word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not defined.</exception>
    public static string Word(Office office) => Find(office, OfficeWords, Offices);

    /// <summary>The word for the field a search matched in: <c>title</c>, <c>alias</c> or <c>summary</c>.</summary>
    /// <param name="field">A defined field.</param>
    /// <returns>The word <see cref="WcoJson"/> writes for a <see cref="SearchHit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not defined.</exception>
    public static string Word(SearchField field) => Find(field, SearchFieldWords, SearchFields);

    /// <summary>How a source's kind reads in a sentence: "WCO publication", "third-party" or "seed text".</summary>
    /// <param name="kind">A defined source kind.</param>
    /// <returns>A short lowercase English description (capitalized only where it names the WCO).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.OfficialWco => "WCO publication",
        SourceKind.Secondary => "third-party",
        SourceKind.SeedText => "seed text",
        _ => throw Undefined(kind),
    };

    private static string Find<T>(T value, string[] words, T[] values)
        where T : struct, Enum
    {
        var at = Array.IndexOf(values, value);
        return at >= 0 ? words[at] : throw Undefined(value);
    }

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum => new(nameof(value), value, $"Not a defined {typeof(T).Name}.");
}
