using System.Collections.Generic;
using System.Linq;

namespace WcoKnowledge.Json;

/// <summary>
/// Turns the model back into the dataset format's objects (<see cref="DatasetDocument"/> and its parts), the inverse of
/// the loader (Loading/DatasetBuilder): enumeration values become their words, dates their ISO text, references to other items
/// and to sources their ids. <see cref="WcoJson"/> writes these, so JSON out has exactly the shape JSON in has.
/// </summary>
internal static class DatasetWriter
{
    internal static DatasetDocument Document(IWcoKnowledgeBase data) => new()
    {
        FormatVersion = DatasetDocument.SupportedFormatVersion,
        DataVersion = data.DataVersion,
        AsOf = data.AsOf.ToString(),
        Sources = Map(data.Sources, Source),
        Organization = Organization(data.Organization),
        CustomsIn21stCentury = Strategy(data.CustomsIn21stCentury),
        Roles = Map(data.Roles, Item),
        Objectives = Map(data.Objectives, Objective),
        Pillars = Map(data.Pillars, Pillar),
        // A plan lists its own objectives; those of the top-level list name their plan instead (Data/README.md).
        StrategicPlans = Map(data.StrategicPlans, p => Plan(p, data.Objectives)),
        Instruments = Map(data.Instruments, Instrument),
        Regions = Map(data.Regions, Region),
        SecretariesGeneral = Map(data.SecretariesGeneral, SecretaryGeneral),
        Relations = Map(data.Relations, Relation),
        Members = Map(data.Members, Member),
        Officers = Map(data.Officers, Officer),
    };

    /// <summary>Any item as its dataset object; a plan with the objectives it lists itself in the dataset.</summary>
    internal static ItemDto Item(IKnowledgeItem item) => item switch
    {
        Organization o => Organization(o),
        Statement s => Fill(new StatementDto { Era = s.Era }, s),
        GovernanceBody b => Body(b),
        StrategyDocument d => Strategy(d),
        Objective o => Objective(o),
        Pillar p => Pillar(p),
        StrategicPlan p => Plan(p, null),
        Instrument i => Instrument(i),
        Region r => Region(r),
        SecretaryGeneral g => SecretaryGeneral(g),
        Member m => Member(m),
        Officer o => Officer(o),
        _ => Fill(new ItemDto(), item), // roles, values, topics: the members every item has
    };

    internal static SourceDto Source(Source s) => new()
    {
        Id = s.Id,
        Title = s.Title,
        Publisher = s.Publisher,
        Url = s.Url,
        Kind = DatasetWords.Word(s.Kind),
        AsOf = s.AsOf?.ToString(),
        Note = s.Note,
    };

    internal static RelationDto Relation(Relation r) => new()
    {
        From = r.From.Id,
        Type = DatasetWords.Word(r.Type),
        To = r.To.Id,
        Status = DatasetWords.Word(r.Status),
        Note = r.Note,
        Sources = Ids(r.Sources),
    };

    internal static DatedFigureDto Figure(DatedFigure f) => new()
    {
        Value = f.Value,
        Qualifier = DatasetWords.Word(f.Qualifier),
        Unit = f.Unit,
        AsOf = f.AsOf.ToString(),
        Status = DatasetWords.Word(f.Status),
        Note = f.Note,
        Sources = Ids(f.Sources),
    };

    internal static MilestoneDto Milestone(Milestone m) => new()
    {
        Key = m.Key,
        Date = m.Date.ToString(),
        Title = m.Title,
        Summary = m.Summary,
        Status = DatasetWords.Word(m.Status),
        Sources = Ids(m.Sources),
    };

    internal static EditionDto Edition(InstrumentEdition e) => new()
    {
        Label = e.Label,
        Date = e.Date.ToString(),
        Summary = e.Summary,
        Status = DatasetWords.Word(e.Status),
        Sources = Ids(e.Sources),
    };

    internal static ConventionDto Convention(EstablishingConvention c) => new()
    {
        Title = c.Title,
        Place = c.Place,
        SignedOn = c.SignedOn.ToString(),
        InForceOn = c.InForceOn.ToString(),
        Status = DatasetWords.Word(c.Status),
        Sources = Ids(c.Sources),
    };

    internal static HeadquartersDto Headquarters(Headquarters h) => new()
    {
        City = h.City,
        Country = h.Country,
        Address = h.Address,
        Status = DatasetWords.Word(h.Status),
        Sources = Ids(h.Sources),
    };

    internal static LanguageSetDto Languages(LanguageSet l) => new()
    {
        Languages = l.Languages.ToArray(),
        AsOf = l.AsOf.ToString(),
        Status = DatasetWords.Word(l.Status),
        Sources = Ids(l.Sources),
    };

    private static OrganizationDto Organization(Organization o) => Fill(
        new OrganizationDto
        {
            Abbreviation = o.Abbreviation,
            LegalName = o.LegalName,
            LegalAbbreviation = o.LegalAbbreviation,
            FrenchName = o.FrenchName,
            FrenchAbbreviation = o.FrenchAbbreviation,
            FrenchLegalName = o.FrenchLegalName,
            FrenchLegalAbbreviation = o.FrenchLegalAbbreviation,
            EstablishingConvention = Convention(o.EstablishingConvention),
            Headquarters = Headquarters(o.Headquarters),
            OfficialLanguages = Languages(o.OfficialLanguages),
            History = Map(o.History, Milestone),
            Membership = Map(o.Membership, Figure),
            WorldTradeShare = Figure(o.WorldTradeShare),
            SecretariatStaff = Map(o.SecretariatStaff, Figure),
            Vision = Fill(new StatementDto { Era = o.Vision.Era }, o.Vision),
            Missions = Map(o.Missions, m => Fill(new StatementDto { Era = m.Era }, m)),
            Values = Map(o.Values, v => Fill(new ItemDto(), v)),
            Governance = Map(o.Governance, Body),
            Topics = Map(o.Topics, t => Fill(new ItemDto(), t)),
            CustomsDayThemes = Map(o.CustomsDayThemes, Theme),
        },
        o);

    private static GovernanceBodyDto Body(GovernanceBody b) => Fill(new GovernanceBodyDto { Group = b.Group, Established = b.Established?.ToString() }, b);

    private static StrategyDocumentDto Strategy(StrategyDocument d) => Fill(new StrategyDocumentDto { Adopted = d.Adopted.ToString() }, d);

    private static ObjectiveDto Objective(Objective o) => Fill(
        new ObjectiveDto
        {
            Number = o.Number,
            PlanEdition = o.PlanEdition,
            PlanEditionStatus = DatasetWords.Word(o.PlanEditionStatus),
            Plan = o.Plan.Id,
            Label = o.Label,
        },
        o);

    private static PillarDto Pillar(Pillar p) => Fill(new PillarDto { Number = p.Number }, p);

    // In a whole dataset, the plan leaves out the objectives the top-level list holds (they name the plan); on its
    // own (topLevel null) it lists them all.
    private static StrategicPlanDto Plan(StrategicPlan p, IReadOnlyList<Objective>? topLevel) => Fill(
        new StrategicPlanDto
        {
            Period = p.Period,
            StartYear = p.StartYear,
            EndYear = p.EndYear,
            Endorsed = p.Endorsed?.ToString(),
            Structure = p.Structure,
            Objectives = p.Objectives.Where(o => topLevel is null || !topLevel.Contains(o)).Select(Objective).ToArray(),
        },
        p);

    private static InstrumentDto Instrument(Instrument i) => Fill(
        new InstrumentDto
        {
            InstrumentKind = DatasetWords.Word(i.InstrumentKind),
            AdoptedOn = i.AdoptedOn?.ToString(),
            AdoptedAt = i.AdoptedAt,
            InForce = DatasetWords.Word(i.InForce),
            InForceOn = i.InForceOn?.ToString(),
            Editions = Map(i.Editions, Edition),
        },
        i);

    private static RegionDto Region(Region r) => Fill(new RegionDto { Abbreviation = r.Abbreviation, Number = r.Number }, r);

    private static SecretaryGeneralDto SecretaryGeneral(SecretaryGeneral g)
        => Fill(new SecretaryGeneralDto { Country = g.Country, TermStart = g.TermStart?.ToString(), TermEnd = g.TermEnd?.ToString() }, g);

    private static MemberDto Member(Member m) => Fill(
        new MemberDto
        {
            IsoAlpha2 = m.IsoAlpha2,
            IsoAlpha3 = m.IsoAlpha3,
            CodeNote = m.CodeNote,
            Region = m.Region.Id,
            MemberSince = m.MemberSince?.ToString(),
            MemberSinceKind = DatasetWords.Word(m.MemberSinceKind),
        },
        m);

    private static OfficerDto Officer(Officer o) => Fill(
        new OfficerDto { Office = DatasetWords.Word(o.Office), Country = o.Country, TermStart = o.TermStart?.ToString(), TermEnd = o.TermEnd?.ToString() },
        o);

    private static T Fill<T>(T dto, IKnowledgeItem item)
        where T : ItemDto
    {
        dto.Id = item.Id;
        dto.Title = item.Title;
        dto.Summary = item.Summary;
        dto.Aliases = item.Aliases.ToArray();
        dto.Status = DatasetWords.Word(item.Status);
        dto.StatusNote = item.StatusNote;
        dto.Sources = Ids(item.Sources);
        dto.Translations = Translations(item.Translations);
        dto.Wikidata = item.Wikidata is { } w ? Wikidata(w) : null;
        return dto;
    }

    // Null (left out of the JSON) when there are none, as the dataset file leaves the member out.
    internal static Dictionary<string, TranslationDto>? Translations(IReadOnlyList<Translation> translations)
    {
        if (translations.Count == 0)
        {
            return null;
        }

        var dtos = new Dictionary<string, TranslationDto>(translations.Count);
        foreach (var t in translations)
        {
            dtos.Add(t.Language, Translation(t));
        }

        return dtos;
    }

    internal static TranslationDto Translation(Translation t, bool withLanguage = false) => new()
    {
        Language = withLanguage ? t.Language : null,
        Title = t.Title,
        Aliases = t.Aliases.ToArray(),
        Status = DatasetWords.Word(t.Status),
        StatusNote = t.StatusNote,
        Sources = Ids(t.Sources),
    };

    internal static WikidataDto Wikidata(WikidataLink w) => new()
    {
        Id = w.Id,
        Status = DatasetWords.Word(w.Status),
        StatusNote = w.StatusNote,
        Sources = Ids(w.Sources),
    };

    internal static CustomsDayThemeDto Theme(CustomsDayTheme t) => new()
    {
        Year = t.Year,
        Theme = t.Theme,
        Status = DatasetWords.Word(t.Status),
        StatusNote = t.StatusNote,
        Sources = Ids(t.Sources),
        Translations = Translations(t.Translations),
    };

    private static string[] Ids(IReadOnlyList<Source> sources) => sources.Select(s => s.Id).ToArray();

    private static TDto[] Map<TModel, TDto>(IReadOnlyList<TModel> items, System.Func<TModel, TDto> map) => items.Select(map).ToArray();
}
