using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

/// <summary>
/// Turns a parsed <see cref="DatasetDocument"/> into the immutable public model, checking the rules of
/// Data/README.md on the way: format version, ids (well-formed, kind-prefixed, unique), source
/// references, contiguous numbers, dates, texts and ordering. All problems are collected and thrown
/// together; nothing is returned unless the whole dataset is valid.
/// </summary>
internal sealed partial class DatasetBuilder
{
    internal const int SupportedFormatVersion = 2;

    private static readonly string[] _requiredMilestones = { "convention-signed", "convention-in-force", "first-council-session", "working-name-adopted" };

    private readonly DataValidator _check = new();
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _citedSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IKnowledgeItem> _items = new(StringComparer.Ordinal);
    private bool _version2;

    private DatasetBuilder()
    {
    }

    internal static LoadedDataset Build(DatasetDocument document) => new DatasetBuilder().BuildDataset(document);

    private LoadedDataset BuildDataset(DatasetDocument d)
    {
        if (d.FormatVersion is < 1 or > SupportedFormatVersion)
        {
            // Nothing else can be trusted in a format we do not know: stop here with the one clear reason.
            _check.Add("$.formatVersion", $"format version {d.FormatVersion} is not supported; this version of WcoKnowledge reads format versions 1 to {SupportedFormatVersion}. Use a WcoKnowledge release that supports it.");
            _check.ThrowIfAny();
        }

        _version2 = d.FormatVersion >= 2;
        CheckVersionMembers(d);
        var asOf = _check.Date(d.AsOf, "$.asOf");
        _check.AsOf = _check.HasErrors ? null : asOf; // an invalid as-of date is reported once, not against every fact

        // Order matters: sources first (everything cites them), then items that others point to (bodies and
        // topics before instruments, plans before objectives), relations last, when every item exists.
        var sources = List(d.Sources, "$.sources", BuildSource);
        var organization = BuildOrganization(d.Organization, "$.organization");
        var c21 = d.CustomsIn21stCentury;
        var strategy = Register(new StrategyDocument(Fields(c21, "$.customsIn21stCentury", KnowledgeKind.Strategy))
        {
            Adopted = _check.Date(c21.Adopted, "$.customsIn21stCentury.adopted"),
        });
        var roles = Items(d.Roles, "$.roles", KnowledgeKind.Role, (_, f, _) => new CustomsRole(f));
        var plans = BuildPlans(d.StrategicPlans, "$.strategicPlans");
        var topLevelObjectives = Items(d.Objectives, "$.objectives", KnowledgeKind.Objective, BuildObjective);
        var objectives = Numbered(topLevelObjectives, o => o.Number, "$.objectives");
        var pillars = Numbered(Items(d.Pillars, "$.pillars", KnowledgeKind.Pillar, (p, f, _) => new Pillar(f) { Number = p.Number }), p => p.Number, "$.pillars");
        var dataset = new LoadedDataset
        {
            FormatVersion = d.FormatVersion,
            DataVersion = _check.Text(d.DataVersion, "$.dataVersion"),
            AsOf = asOf,
            Sources = sources,
            Organization = organization,
            CustomsIn21stCentury = strategy,
            Roles = roles,
            Objectives = objectives,
            Pillars = pillars,
            StrategicPlans = plans,
            OtherEditionObjectives = _otherEditionObjectives.AsReadOnly(),
            Regions = BuildRegions(d.Regions, "$.regions"),
            SecretariesGeneral = BuildSecretariesGeneral(d.SecretariesGeneral, "$.secretariesGeneral"),
            Instruments = BuildInstruments(d.Instruments, d.Relations, "$.instruments"),
            Relations = BuildRelations(d.Relations, "$.relations"),
        };
        CheckPlanNumbering(plans, topLevelObjectives);

        foreach (var source in sources)
        {
            if (!_citedSources.Contains(source.Id))
            {
                _check.Add("$.sources", $"source '{source.Id}' is defined but nothing cites it.");
            }
        }

        _check.ThrowIfAny();
        return dataset;
    }

    private Source BuildSource(SourceDto s, string path)
    {
        var id = _check.Text(s.Id, path + ".id");
        CheckId(id, "src-", path + ".id");
        var url = _check.Text(s.Url, path + ".url", DataValidator.UrlText);
        if (!DataValidator.IsHttpUrl(url))
        {
            _check.Add(path + ".url", $"'{url}' is not an absolute http or https URL.");
        }

        var source = new Source
        {
            Id = id,
            Title = _check.Text(s.Title, path + ".title"),
            Publisher = _check.Text(s.Publisher, path + ".publisher"),
            Url = url,
            Kind = _check.SourceKind(s.Kind, path + ".kind"),
            AsOf = s.AsOf is null ? null : _check.Date(s.AsOf, path + ".asOf"),
            Note = _check.OptionalText(s.Note, path + ".note", DataValidator.LongText),
        };
        _sources[id] = source;
        return source;
    }

    private Organization BuildOrganization(OrganizationDto o, string path)
    {
        var history = List(o.History, path + ".history", BuildMilestone);
        CheckUnique(history, m => m.Key, path + ".history", "key");
        CheckDateOrder(history, m => m.Date, path + ".history");
        var byKey = new Dictionary<string, Milestone>(StringComparer.Ordinal);
        foreach (var milestone in history)
        {
            byKey[milestone.Key] = milestone;
        }

        foreach (var key in _requiredMilestones)
        {
            if (!byKey.ContainsKey(key))
            {
                _check.Add(path + ".history", $"the milestone with key '{key}' is required.");
            }
        }

        var membership = NonEmpty(List(o.Membership, path + ".membership", BuildFigure), path + ".membership");
        var staff = NonEmpty(List(o.SecretariatStaff, path + ".secretariatStaff", BuildFigure), path + ".secretariatStaff");
        CheckDateOrder(membership, f => f.AsOf, path + ".membership");
        CheckDateOrder(staff, f => f.AsOf, path + ".secretariatStaff");
        var missions = NonEmpty(Items(o.Missions, path + ".missions", KnowledgeKind.Mission, (m, f, p) => new Statement(f, KnowledgeKind.Mission) { Era = _check.Text(m.Era, p + ".era") }), path + ".missions");
        var conventionPath = path + ".establishingConvention";
        var languagesPath = path + ".officialLanguages";
        var hqPath = path + ".headquarters";
        var vision = Register(new Statement(Fields(o.Vision, path + ".vision", KnowledgeKind.Vision), KnowledgeKind.Vision) { Era = _check.Text(o.Vision.Era, path + ".vision.era") });
        var fields = Fields(o, path, KnowledgeKind.Organization);

        return Register(new Organization(fields)
        {
            Abbreviation = _check.Text(o.Abbreviation, path + ".abbreviation"),
            LegalName = _check.Text(o.LegalName, path + ".legalName"),
            LegalAbbreviation = _check.Text(o.LegalAbbreviation, path + ".legalAbbreviation"),
            FrenchName = _check.Text(o.FrenchName, path + ".frenchName"),
            FrenchAbbreviation = _check.Text(o.FrenchAbbreviation, path + ".frenchAbbreviation"),
            FrenchLegalName = _check.Text(o.FrenchLegalName, path + ".frenchLegalName"),
            FrenchLegalAbbreviation = _check.Text(o.FrenchLegalAbbreviation, path + ".frenchLegalAbbreviation"),
            EstablishingConvention = new EstablishingConvention
            {
                Title = _check.Text(o.EstablishingConvention.Title, conventionPath + ".title"),
                Place = _check.Text(o.EstablishingConvention.Place, conventionPath + ".place"),
                SignedOn = _check.Date(o.EstablishingConvention.SignedOn, conventionPath + ".signedOn"),
                InForceOn = _check.Date(o.EstablishingConvention.InForceOn, conventionPath + ".inForceOn"),
                Status = _check.Status(o.EstablishingConvention.Status, conventionPath + ".status"),
                Sources = Cite(o.EstablishingConvention.Sources, conventionPath + ".sources"),
            },
            Headquarters = new Headquarters
            {
                City = _check.Text(o.Headquarters.City, hqPath + ".city"),
                Country = _check.Text(o.Headquarters.Country, hqPath + ".country"),
                Address = _check.Text(o.Headquarters.Address, hqPath + ".address"),
                Status = _check.Status(o.Headquarters.Status, hqPath + ".status"),
                Sources = Cite(o.Headquarters.Sources, hqPath + ".sources"),
            },
            OfficialLanguages = new LanguageSet
            {
                Languages = NonEmpty(Texts(o.OfficialLanguages.Languages, languagesPath + ".languages"), languagesPath + ".languages"),
                AsOf = _check.Date(o.OfficialLanguages.AsOf, languagesPath + ".asOf"),
                Status = _check.Status(o.OfficialLanguages.Status, languagesPath + ".status"),
                Sources = Cite(o.OfficialLanguages.Sources, languagesPath + ".sources"),
            },
            History = history,
            FirstCouncilSession = byKey.TryGetValue("first-council-session", out var first) ? first : Placeholder(history),
            WorkingNameAdopted = byKey.TryGetValue("working-name-adopted", out var named) ? named : Placeholder(history),
            Membership = membership,
            WorldTradeShare = BuildFigure(o.WorldTradeShare, path + ".worldTradeShare"),
            SecretariatStaff = staff,
            Vision = vision,
            Missions = missions,
            Values = Items(o.Values, path + ".values", KnowledgeKind.Value, (_, f, _) => new CoreValue(f)),
            Governance = Items(o.Governance, path + ".governance", KnowledgeKind.GovernanceBody, BuildBody),
            Topics = Items(o.Topics, path + ".topics", KnowledgeKind.Topic, (_, f, _) => new StandardTopic(f)),
        });
    }

    private Milestone BuildMilestone(MilestoneDto m, string path)
    {
        var key = _check.Text(m.Key, path + ".key");
        if (!DataValidator.IsKebabCase(key))
        {
            _check.Add(path + ".key", $"'{key}' is not lowercase kebab-case.");
        }

        return new Milestone
        {
            Key = key,
            Date = _check.Date(m.Date, path + ".date"),
            Title = _check.Text(m.Title, path + ".title"),
            Summary = _check.Text(m.Summary, path + ".summary", DataValidator.LongText),
            Status = _check.Status(m.Status, path + ".status"),
            Sources = Cite(m.Sources, path + ".sources"),
        };
    }

    private DatedFigure BuildFigure(DatedFigureDto f, string path)
    {
        if (f.Value < 0)
        {
            _check.Add(path + ".value", $"{f.Value} is negative; figures count things.");
        }

        return new DatedFigure
        {
            Value = f.Value,
            Qualifier = _check.Qualifier(f.Qualifier, path + ".qualifier"),
            Unit = _check.Text(f.Unit, path + ".unit"),
            AsOf = _check.Date(f.AsOf, path + ".asOf"),
            Status = _check.Status(f.Status, path + ".status"),
            Note = _check.OptionalText(f.Note, path + ".note", DataValidator.LongText),
            Sources = Cite(f.Sources, path + ".sources"),
        };
    }

    // Only reached when an error has been recorded, so the placeholder never leaves the builder.
    private static Milestone Placeholder(IReadOnlyList<Milestone> history) => history.Count > 0
        ? history[0]
        : new Milestone { Key = "missing", Date = FactDate.FromYear(1), Title = "?", Summary = "?", Status = FactStatus.Unconfirmed, Sources = Array.Empty<Source>() };
}
