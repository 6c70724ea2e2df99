using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WcoKnowledge.Json;

/// <summary>
/// Metadata for every public model type (and the lists the API returns), each written by a <see cref="ModelConverter{T}"/>
/// through <see cref="DatasetWriter"/> and <see cref="DatasetWriteContext"/>: the dataset's own shape, references as
/// ids, so no cycles. One line per type, no reflection: trim- and NativeAOT-safe.
/// </summary>
internal sealed class WcoJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    private static readonly DatasetWriteContext _dto = DatasetWriteContext.Default;

    private static readonly (Type Type, Func<JsonSerializerOptions, JsonTypeInfo> Create)[] _types =
    {
        Value<IKnowledgeItem>(WriteItem), Value<KnowledgeItem>(WriteItem), Value<Organization>(WriteItem), Value<Statement>(WriteItem),
        Value<CoreValue>(WriteItem), Value<GovernanceBody>(WriteItem), Value<StandardTopic>(WriteItem), Value<StrategyDocument>(WriteItem),
        Value<CustomsRole>(WriteItem), Value<Objective>(WriteItem), Value<Pillar>(WriteItem), Value<StrategicPlan>(WriteItem),
        Value<Instrument>(WriteItem), Value<Region>(WriteItem), Value<SecretaryGeneral>(WriteItem), Value<Member>(WriteItem), Value<Officer>(WriteItem),
        Value<Source>((w, s, _) => JsonSerializer.Serialize(w, DatasetWriter.Source(s), _dto.SourceDto)),
        Value<Relation>((w, r, _) => JsonSerializer.Serialize(w, DatasetWriter.Relation(r), _dto.RelationDto)),
        Value<DatedFigure>((w, f, _) => JsonSerializer.Serialize(w, DatasetWriter.Figure(f), _dto.DatedFigureDto)),
        Value<Milestone>((w, m, _) => JsonSerializer.Serialize(w, DatasetWriter.Milestone(m), _dto.MilestoneDto)),
        Value<InstrumentEdition>((w, e, _) => JsonSerializer.Serialize(w, DatasetWriter.Edition(e), _dto.EditionDto)),
        Value<EstablishingConvention>((w, c, _) => JsonSerializer.Serialize(w, DatasetWriter.Convention(c), _dto.ConventionDto)),
        Value<Headquarters>((w, h, _) => JsonSerializer.Serialize(w, DatasetWriter.Headquarters(h), _dto.HeadquartersDto)),
        Value<LanguageSet>((w, l, _) => JsonSerializer.Serialize(w, DatasetWriter.Languages(l), _dto.LanguageSetDto)),
        // Outside an item a translation names its language: the dataset shape's entry with "language" first.
        Value<Translation>((w, t, _) => JsonSerializer.Serialize(w, DatasetWriter.Translation(t, withLanguage: true), _dto.TranslationDto)),
        Value<WikidataLink>((w, l, _) => JsonSerializer.Serialize(w, DatasetWriter.Wikidata(l), _dto.WikidataDto)),
        Value<CustomsDayTheme>((w, t, _) => JsonSerializer.Serialize(w, DatasetWriter.Theme(t), _dto.CustomsDayThemeDto)),
        Value<LocalizedText>(WriteLocalizedText),
        Value<WcoKnowledgeBase>((w, kb, _) => JsonSerializer.Serialize(w, DatasetWriter.Document(kb), _dto.DatasetDocument)),
        Value<IWcoKnowledgeBase>(WriteKnowledgeBase),
        Value<SearchHit>(WriteHit),
        Value<FactDate>((w, d, _) => w.WriteStringValue(d.ToString())),
        Value<FactDate?>((w, d, _) => WriteNullableDate(w, d)),
        Value<KnowledgeKind>((w, k, _) => w.WriteStringValue(KnowledgeKinds.Word(k))),
        Value<MembershipOnDate>(WriteMembershipOnDate), Value<FigureOnDate>(WriteFigureOnDate),
        List<IKnowledgeItem>(), List<Objective>(), List<Pillar>(), List<CustomsRole>(), List<StrategicPlan>(), List<Instrument>(),
        List<Region>(), List<SecretaryGeneral>(), List<Member>(), List<Officer>(), List<Source>(), List<Relation>(), List<DatedFigure>(), List<SearchHit>(),
        List<Translation>(), List<CustomsDayTheme>(),
        (typeof(object), options => JsonMetadataServices.CreateValueInfo<object>(options, JsonMetadataServices.ObjectConverter)),
    };

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        foreach (var (candidate, create) in _types)
        {
            if (candidate == type)
            {
                return create(options);
            }
        }

        return null;
    }

    private static (Type, Func<JsonSerializerOptions, JsonTypeInfo>) Value<T>(Action<Utf8JsonWriter, T, JsonSerializerOptions> write)
        => (typeof(T), options => JsonMetadataServices.CreateValueInfo<T>(options, new ModelConverter<T>(write)));

    // A list the API returns (Items, Search, GetRelations, ...): an array of its elements, each written as itself.
    private static (Type, Func<JsonSerializerOptions, JsonTypeInfo>) List<T>() => Value<IReadOnlyList<T>>((writer, list, options) =>
    {
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in list)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    });

    private static void WriteItem<T>(Utf8JsonWriter writer, T item, JsonSerializerOptions options)
        where T : IKnowledgeItem
    {
        var dto = DatasetWriter.Item(item);
        JsonSerializer.Serialize(writer, dto, dto switch
        {
            OrganizationDto => _dto.OrganizationDto,
            StatementDto => _dto.StatementDto,
            GovernanceBodyDto => _dto.GovernanceBodyDto,
            StrategyDocumentDto => _dto.StrategyDocumentDto,
            ObjectiveDto => _dto.ObjectiveDto,
            PillarDto => _dto.PillarDto,
            StrategicPlanDto => _dto.StrategicPlanDto,
            InstrumentDto => _dto.InstrumentDto,
            RegionDto => _dto.RegionDto,
            SecretaryGeneralDto => _dto.SecretaryGeneralDto,
            MemberDto => _dto.MemberDto,
            OfficerDto => _dto.OfficerDto,
            _ => (JsonTypeInfo)_dto.ItemDto,
        });
    }

    private static void WriteLocalizedText(Utf8JsonWriter writer, LocalizedText text, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("text", text.Text);
        writer.WriteString("language", text.Language);
        writer.WriteString("requestedLanguage", text.RequestedLanguage);
        writer.WriteBoolean("isFallback", text.IsFallback);
        writer.WriteEndObject();
    }

    private static void WriteKnowledgeBase(Utf8JsonWriter writer, IWcoKnowledgeBase kb, JsonSerializerOptions options)
    {
        if (kb is not WcoKnowledgeBase loaded)
        {
            throw new NotSupportedException($"Only a {nameof(WcoKnowledgeBase)} is written as a dataset, not a {kb.GetType().Name}.");
        }

        JsonSerializer.Serialize(writer, DatasetWriter.Document(loaded), _dto.DatasetDocument);
    }

    private static void WriteHit(Utf8JsonWriter writer, SearchHit hit, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("item");
        WriteItem(writer, hit.Item, options);
        writer.WriteNumber("score", hit.Score);
        writer.WriteString("field", DatasetWords.Word(hit.Field));
        writer.WriteString("matchedText", hit.MatchedText);
        writer.WriteEndObject();
    }

    private static void WriteMembershipOnDate(Utf8JsonWriter writer, MembershipOnDate answer, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("date", answer.Date.ToString());
        writer.WriteNumber("registryCount", answer.RegistryCount);
        writer.WriteNumber("membersWithoutDate", answer.MembersWithoutDate);
        WriteFigureAndAge(writer, "publishedFigure", answer.Published);
        writer.WriteEndObject();
    }

    private static void WriteFigureOnDate(Utf8JsonWriter writer, FigureOnDate answer, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("date", answer.Date.ToString());
        WriteFigureAndAge(writer, "figure", answer);
        writer.WriteEndObject();
    }

    // "<name>": the figure or null, then "<name>AgeInDays": whole days older than the date asked, or null.
    private static void WriteFigureAndAge(Utf8JsonWriter writer, string name, FigureOnDate answer)
    {
        writer.WritePropertyName(name);
        if (answer.Figure is { } figure)
        {
            JsonSerializer.Serialize(writer, DatasetWriter.Figure(figure), _dto.DatedFigureDto);
            writer.WriteNumber(name + "AgeInDays", (int)answer.Age!.Value.TotalDays);
        }
        else
        {
            writer.WriteNullValue();
            writer.WriteNull(name + "AgeInDays");
        }
    }

    private static void WriteNullableDate(Utf8JsonWriter writer, FactDate? date)
    {
        if (date is { } value)
        {
            writer.WriteStringValue(value.ToString());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
