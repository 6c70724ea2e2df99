using System;

namespace WcoKnowledge.Json;

/// <summary>
/// The dataset format's words for enumeration values (docs/dataset-format.md). The parallel word and value arrays serve
/// both directions: DatasetBuilder parses with them and DatasetWriter writes with them. (Statuses, source kinds and
/// qualifiers are parsed by DataValidator, whose messages list the words; the round-trip test writes every value and
/// loads it back.)
/// </summary>
internal static class DatasetWords
{
    // Parallel arrays rather than tuples: tuple arrays would make the type initializer compile tuple constructors at
    // run time on every first load.
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

    internal static string Of(RelationType type) => Word(type, RelationTypeWords, RelationTypes);

    internal static string Of(InstrumentKind kind) => Word(kind, InstrumentKindWords, InstrumentKinds);

    internal static string Of(InForceStatus status) => Word(status, InForceWords, InForceValues);

    internal static string Of(MembershipDateKind kind) => Word(kind, MembershipDateWords, MembershipDateKinds);

    internal static string Of(Office office) => Word(office, OfficeWords, Offices);

    internal static string Of(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "confirmed",
        FactStatus.Secondary => "secondary",
        FactStatus.Inferred => "inferred",
        FactStatus.Unconfirmed => "unconfirmed",
        _ => throw Undefined(status),
    };

    internal static string Of(SourceKind kind) => kind switch
    {
        SourceKind.OfficialWco => "officialWco",
        SourceKind.Secondary => "secondary",
        SourceKind.SeedText => "seedText",
        _ => throw Undefined(kind),
    };

    internal static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exactly => "exactly",
        FigureQualifier.AtLeast => "atLeast",
        FigureQualifier.MoreThan => "moreThan",
        FigureQualifier.Approximately => "approximately",
        _ => throw Undefined(qualifier),
    };

    internal static string Of(SearchField field) => field switch
    {
        SearchField.Title => "title",
        SearchField.Alias => "alias",
        SearchField.Summary => "summary",
        _ => throw Undefined(field),
    };

    private static string Word<T>(T value, string[] words, T[] values)
        where T : struct, Enum
    {
        var at = Array.IndexOf(values, value);
        return at >= 0 ? words[at] : throw Undefined(value);
    }

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum => new(nameof(value), value, $"Not a defined {typeof(T).Name}.");
}
