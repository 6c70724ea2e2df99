using System;

namespace WcoKnowledge.Json;

/// <summary>
/// The dataset format's words for enumeration values (Data/README.md), for writing: the loader parses the same words
/// (DataValidator and DatasetBuilder), and the round-trip test writes every value and loads it back.
/// </summary>
internal static class DatasetWords
{
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

    internal static string Of(RelationType type) => type switch
    {
        RelationType.Serves => "serves",
        RelationType.ManagedBy => "managedBy",
        RelationType.ReportsTo => "reportsTo",
        RelationType.Supports => "supports",
        _ => throw Undefined(type),
    };

    internal static string Of(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Convention => "convention",
        InstrumentKind.FrameworkOfStandards => "frameworkOfStandards",
        InstrumentKind.Declaration => "declaration",
        InstrumentKind.DataStandard => "dataStandard",
        InstrumentKind.NomenclatureEdition => "nomenclatureEdition",
        _ => throw Undefined(kind),
    };

    internal static string Of(InForceStatus status) => status switch
    {
        InForceStatus.InForce => "inForce",
        InForceStatus.NotInForce => "notInForce",
        InForceStatus.NotBinding => "notBinding",
        InForceStatus.Unknown => "unknown",
        _ => throw Undefined(status),
    };

    internal static string Of(MembershipDateKind kind) => kind switch
    {
        MembershipDateKind.Unknown => "unknown",
        MembershipDateKind.Deposit => "deposit",
        MembershipDateKind.Effective => "effective",
        _ => throw Undefined(kind),
    };

    internal static string Of(Office office) => office switch
    {
        Office.CouncilChair => "councilChair",
        Office.DeputySecretaryGeneral => "deputySecretaryGeneral",
        _ => throw Undefined(office),
    };

    internal static string Of(SearchField field) => field switch
    {
        SearchField.Title => "title",
        SearchField.Alias => "alias",
        SearchField.Summary => "summary",
        _ => throw Undefined(field),
    };

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum => new(nameof(value), value, $"Not a defined {typeof(T).Name}.");
}
