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
    private static readonly string[] _requiredMilestones = { "convention-signed", "convention-in-force", "first-council-session", "working-name-adopted" };

    private readonly DataValidator _check = new();
    // Sources by id, as their place in the list; whether each place is cited is a flag, not a second table of ids.
    private readonly Dictionary<string, int> _sources;
    private readonly List<Source> _sourceList = new();
    private readonly bool[] _cited; // an array: List<bool>'s members are compiled at run time on first use

    // Every id checked so far, sources and items alike, with its item once built (null until then, and for sources):
    // an item's id is checked before the items nested in it (the organization's values, say) are built and
    // registered, so a clash between them is only seen if ids are kept from the moment they are checked. One table
    // for both, sized for the document up front, rather than a set of ids beside a table of items.
    private readonly Dictionary<string, IKnowledgeItem?> _idTable;

    // The tables are sized for the document, so that none of them grows while it is built.
    private DatasetBuilder(DatasetDocument d)
    {
        var sources = CountEntries(d.Sources);
        _cited = new bool[d.Sources.Length];
        _sources = new Dictionary<string, int>(sources, StringComparer.Ordinal);
        _idTable = new Dictionary<string, IKnowledgeItem?>(sources + CountItems(d), StringComparer.Ordinal);
    }

    internal static LoadedDataset Build(DatasetDocument document)
    {
        if (document.FormatVersion != DatasetDocument.SupportedFormatVersion)
        {
            // Nothing else can be trusted in a format we do not read (its lists may be missing): stop here, before the
            // tables are sized from them, with the one clear reason and the way out.
            var check = new DataValidator();
            check.Add("$.formatVersion", UnsupportedVersion(document.FormatVersion));
            check.ThrowIfAny();
        }

        return new DatasetBuilder(document).BuildDataset(document);
    }

    private LoadedDataset BuildDataset(DatasetDocument d)
    {
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
        var regions = BuildRegions(d.Regions, "$.regions");
        var dataset = new LoadedDataset
        {
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
            Regions = regions,
            Members = BuildMembers(d.Members, regions, "$.members"),
            Officers = BuildOfficers(d.Officers, "$.officers"),
            SecretariesGeneral = BuildSecretariesGeneral(d.SecretariesGeneral, "$.secretariesGeneral"),
            Instruments = BuildInstruments(d.Instruments, d.Relations, "$.instruments"),
            Relations = BuildRelations(d.Relations, "$.relations"),
        };
        CheckPlanNumbering(plans, topLevelObjectives);

        for (var i = 0; i < sources.Count; i++)
        {
            if (!_cited[_sources[sources[i].Id]])
            {
                _check.Add("$.sources", $"source '{sources[i].Id}' is defined but nothing cites it.");
            }
        }

        _check.ThrowIfAny();
        return dataset;
    }

    // Formats 1, 2 and 3 were read by WcoKnowledge 1.x, 2.x and 3.0 previews. Their 'wco export' wrote a file back in its own version, so
    // no tool converts one: the message says what to change by hand (docs/dataset-format.md, "Versions of the format").
    private static string UnsupportedVersion(int version) => version switch
    {
        3 => $"format version 3 is not supported: this version of WcoKnowledge reads format version {DatasetDocument.SupportedFormatVersion} only. To convert the file, set formatVersion to {DatasetDocument.SupportedFormatVersion} and add \"customsDayThemes\": [] to the organization (translations and Wikidata links are optional); see 'Versions of the format' in docs/dataset-format.md.",
        2 => $"format version 2 is not supported: this version of WcoKnowledge reads format version {DatasetDocument.SupportedFormatVersion} only. To convert the file, set formatVersion to {DatasetDocument.SupportedFormatVersion}, add \"members\": [] and \"officers\": [] (or the registry itself) and add \"customsDayThemes\": [] to the organization; see 'Versions of the format' in docs/dataset-format.md.",
        1 => $"format version 1 is not supported: this version of WcoKnowledge reads format version {DatasetDocument.SupportedFormatVersion} only. To convert the file, set formatVersion to {DatasetDocument.SupportedFormatVersion}, add a strategic plan that each objective names in 'plan', and add the lists format 1 lacked, \"customsDayThemes\" on the organization among them (empty ones are valid); see 'Versions of the format' in docs/dataset-format.md.",
        _ => $"format version {version} is not supported: this version of WcoKnowledge reads format version {DatasetDocument.SupportedFormatVersion} only. Use a WcoKnowledge release that reads format version {version}.",
    };

    // How many items the document holds, so that the id table never grows. Null entries are not counted (they are
    // errors, and a hostile document of millions of them would otherwise size a table for millions of ids).
    private static int CountItems(DatasetDocument d)
    {
        var o = d.Organization;
        var count = 3 // the organization, its vision, Customs in the 21st Century
            + CountEntries(o.Missions) + CountEntries(o.Values) + CountEntries(o.Governance) + CountEntries(o.Topics)
            + CountEntries(d.Roles) + CountEntries(d.Objectives) + CountEntries(d.Pillars)
            + CountEntries(d.Instruments) + CountEntries(d.Regions) + CountEntries(d.SecretariesGeneral) + CountEntries(d.Members) + CountEntries(d.Officers);
        for (var i = 0; i < d.StrategicPlans.Length; i++)
        {
            count += d.StrategicPlans[i] is { } plan ? 1 + CountEntries(plan.Objectives) : 0;
        }

        return count;
    }

    private static int CountEntries(object?[]? list)
    {
        var count = 0;
        for (var i = 0; list is not null && i < list.Length; i++)
        {
            count += list[i] is null ? 0 : 1;
        }

        return count;
    }

    private Source BuildSource(SourceDto s, DataPath path)
    {
        var id = _check.Text(s.Id, new DataPath(path, ".id"));
        CheckId(id, "src-", new DataPath(path, ".id"));
        var url = _check.Text(s.Url, new DataPath(path, ".url"), DataValidator.UrlText);
        if (!DataValidator.IsHttpUrl(url))
        {
            _check.Add(new DataPath(path, ".url"), $"'{url}' is not an absolute http or https URL.");
        }

        var source = new Source
        {
            Id = id,
            Title = _check.Text(s.Title, new DataPath(path, ".title")),
            Publisher = _check.Text(s.Publisher, new DataPath(path, ".publisher")),
            Url = url,
            Kind = _check.SourceKind(s.Kind, new DataPath(path, ".kind")),
            AsOf = s.AsOf is null ? null : _check.Date(s.AsOf, new DataPath(path, ".asOf")),
            Note = _check.OptionalText(s.Note, new DataPath(path, ".note"), DataValidator.LongText),
        };
        _sources[id] = _sourceList.Count;
        _sourceList.Add(source);
        return source;
    }

    private Organization BuildOrganization(OrganizationDto o, string path)
    {
        var history = List(o.History, path + ".history", BuildMilestone);
        CheckUnique(history, m => m.Key, path + ".history", "key");
        CheckDateOrder(history, m => m.Date, path + ".history");
        foreach (var key in _requiredMilestones)
        {
            if (FindMilestone(history, key) is null)
            {
                _check.Add(new DataPath(path, ".history"), $"the milestone with key '{key}' is required.");
            }
        }

        var membership = NonEmpty(List(o.Membership, path + ".membership", BuildFigure), path + ".membership");
        var staff = NonEmpty(List(o.SecretariatStaff, path + ".secretariatStaff", BuildFigure), path + ".secretariatStaff");
        CheckDateOrder(membership, f => f.AsOf, path + ".membership");
        CheckDateOrder(staff, f => f.AsOf, path + ".secretariatStaff");
        var missions = NonEmpty(Items(o.Missions, path + ".missions", KnowledgeKind.Mission, (m, f, p) => new Statement(f, KnowledgeKind.Mission) { Era = _check.Text(m.Era, new DataPath(p, ".era")) }), path + ".missions");
        var conventionPath = path + ".establishingConvention";
        var languagesPath = path + ".officialLanguages";
        var hqPath = path + ".headquarters";
        var vision = Register(new Statement(Fields(o.Vision, path + ".vision", KnowledgeKind.Vision), KnowledgeKind.Vision) { Era = _check.Text(o.Vision.Era, new DataPath(path, ".vision.era")) });
        var fields = Fields(o, path, KnowledgeKind.Organization);

        return Register(new Organization(fields)
        {
            Abbreviation = _check.Text(o.Abbreviation, new DataPath(path, ".abbreviation")),
            LegalName = _check.Text(o.LegalName, new DataPath(path, ".legalName")),
            LegalAbbreviation = _check.Text(o.LegalAbbreviation, new DataPath(path, ".legalAbbreviation")),
            FrenchName = _check.Text(o.FrenchName, new DataPath(path, ".frenchName")),
            FrenchAbbreviation = _check.Text(o.FrenchAbbreviation, new DataPath(path, ".frenchAbbreviation")),
            FrenchLegalName = _check.Text(o.FrenchLegalName, new DataPath(path, ".frenchLegalName")),
            FrenchLegalAbbreviation = _check.Text(o.FrenchLegalAbbreviation, new DataPath(path, ".frenchLegalAbbreviation")),
            EstablishingConvention = new EstablishingConvention
            {
                Title = _check.Text(o.EstablishingConvention.Title, new DataPath(conventionPath, ".title")),
                Place = _check.Text(o.EstablishingConvention.Place, new DataPath(conventionPath, ".place")),
                SignedOn = _check.Date(o.EstablishingConvention.SignedOn, new DataPath(conventionPath, ".signedOn")),
                InForceOn = _check.Date(o.EstablishingConvention.InForceOn, new DataPath(conventionPath, ".inForceOn")),
                Status = _check.Status(o.EstablishingConvention.Status, new DataPath(conventionPath, ".status")),
                Sources = Cite(o.EstablishingConvention.Sources, new DataPath(conventionPath, ".sources")),
            },
            Headquarters = new Headquarters
            {
                City = _check.Text(o.Headquarters.City, new DataPath(hqPath, ".city")),
                Country = _check.Text(o.Headquarters.Country, new DataPath(hqPath, ".country")),
                Address = _check.Text(o.Headquarters.Address, new DataPath(hqPath, ".address")),
                Status = _check.Status(o.Headquarters.Status, new DataPath(hqPath, ".status")),
                Sources = Cite(o.Headquarters.Sources, new DataPath(hqPath, ".sources")),
            },
            OfficialLanguages = new LanguageSet
            {
                Languages = NonEmpty(Texts(o.OfficialLanguages.Languages, languagesPath + ".languages"), languagesPath + ".languages"),
                AsOf = _check.Date(o.OfficialLanguages.AsOf, new DataPath(languagesPath, ".asOf")),
                Status = _check.Status(o.OfficialLanguages.Status, new DataPath(languagesPath, ".status")),
                Sources = Cite(o.OfficialLanguages.Sources, new DataPath(languagesPath, ".sources")),
            },
            History = history,
            FirstCouncilSession = FindMilestone(history, "first-council-session") ?? Placeholder(history),
            WorkingNameAdopted = FindMilestone(history, "working-name-adopted") ?? Placeholder(history),
            Membership = membership,
            WorldTradeShare = BuildFigure(o.WorldTradeShare, path + ".worldTradeShare"),
            SecretariatStaff = staff,
            Vision = vision,
            Missions = missions,
            Values = Items(o.Values, path + ".values", KnowledgeKind.Value, (_, f, _) => new CoreValue(f)),
            Governance = Items(o.Governance, path + ".governance", KnowledgeKind.GovernanceBody, BuildBody),
            Topics = Items(o.Topics, path + ".topics", KnowledgeKind.Topic, (_, f, _) => new StandardTopic(f)),
            CustomsDayThemes = BuildThemes(o.CustomsDayThemes, path + ".customsDayThemes"),
        });
    }

    private Milestone BuildMilestone(MilestoneDto m, DataPath path)
    {
        var key = _check.Text(m.Key, new DataPath(path, ".key"));
        if (!DataValidator.IsKebabCase(key))
        {
            _check.Add(new DataPath(path, ".key"), $"'{key}' is not lowercase kebab-case.");
        }

        return new Milestone
        {
            Key = key,
            Date = _check.Date(m.Date, new DataPath(path, ".date")),
            Title = _check.Text(m.Title, new DataPath(path, ".title")),
            Summary = _check.Text(m.Summary, new DataPath(path, ".summary"), DataValidator.LongText),
            Status = _check.Status(m.Status, new DataPath(path, ".status")),
            Sources = Cite(m.Sources, new DataPath(path, ".sources")),
        };
    }

    private DatedFigure BuildFigure(DatedFigureDto f, DataPath path)
    {
        if (f.Value < 0)
        {
            _check.Add(new DataPath(path, ".value"), $"{f.Value} is negative; figures count things.");
        }

        return new DatedFigure
        {
            Value = f.Value,
            Qualifier = _check.Qualifier(f.Qualifier, new DataPath(path, ".qualifier")),
            Unit = _check.Text(f.Unit, new DataPath(path, ".unit")),
            AsOf = _check.Date(f.AsOf, new DataPath(path, ".asOf")),
            Status = _check.Status(f.Status, new DataPath(path, ".status")),
            Note = _check.OptionalText(f.Note, new DataPath(path, ".note"), DataValidator.LongText),
            Sources = Cite(f.Sources, new DataPath(path, ".sources")),
        };
    }

    // The last milestone with the key (keys are checked unique above), by a scan of the dozen entries.
    private static Milestone? FindMilestone(IReadOnlyList<Milestone> history, string key)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Key == key)
            {
                return history[i];
            }
        }

        return null;
    }

    // Only reached when an error has been recorded, so the placeholder never leaves the builder.
    private static Milestone Placeholder(IReadOnlyList<Milestone> history) => history.Count > 0
        ? history[0]
        : new Milestone { Key = "missing", Date = FactDate.FromYear(1), Title = "?", Summary = "?", Status = FactStatus.Unconfirmed, Sources = Array.Empty<Source>() };
}
