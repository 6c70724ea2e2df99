using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace WcoKnowledge.Cli.Output;

/// <summary>
/// How kinds and enum values are named in output. JSON uses the dataset file's camelCase words
/// (<c>governanceBody</c>, <c>officialWco</c>, <c>moreThan</c>), derived from the enum names so that kinds the
/// library adds later get a name without a change here; human output uses <see cref="KnowledgeKinds.DisplayName"/>.
/// </summary>
internal static class Names
{
    /// <summary>The camelCase JSON word for any enum value, for example <c>governanceBody</c> or <c>officialWco</c>.</summary>
    public static string Json<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The lowercase name users type and read, for example <c>pillar</c> or <c>governance body</c>.</summary>
    public static string Display(KnowledgeKind kind) => KnowledgeKinds.DisplayName(kind);

    /// <summary>A heading for a list of items of <paramref name="kind"/>; kinds this tool does not know yet get a generic one.</summary>
    public static string Heading(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Organization => "The organization",
        KnowledgeKind.Vision => "Vision",
        KnowledgeKind.Mission => "Mission statements",
        KnowledgeKind.Value => "Values",
        KnowledgeKind.GovernanceBody => "Governance bodies",
        KnowledgeKind.Topic => "Topics of WCO standards",
        KnowledgeKind.Strategy => "Strategy documents",
        KnowledgeKind.Role => "Main roles of Customs",
        KnowledgeKind.Objective => "Strategic objectives",
        KnowledgeKind.Pillar => "Building blocks of Customs in the 21st Century",
        KnowledgeKind.Instrument => "Instruments",
        KnowledgeKind.Region => "Regions",
        KnowledgeKind.SecretaryGeneral => "Secretaries General",
        KnowledgeKind.StrategicPlan => "Strategic plans",
        KnowledgeKind.Member => "Members",
        KnowledgeKind.Officer => "Council Chairs and Deputy Secretaries General",
        _ => Capitalize(Display(kind)) + " items",
    };

    /// <summary>How human output describes a source's kind.</summary>
    public static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.OfficialWco => "WCO publication",
        SourceKind.Secondary => "third-party",
        SourceKind.SeedText => "seed text",
        _ => Json(kind),
    };

    /// <summary>
    /// Finds a kind by what a user typed: the dataset word the library parses (<c>governanceBody</c>, which JSON output
    /// prints, so it can be passed back), or a display name, id prefix or synonym, singular or plural (<c>pillars</c>,
    /// <c>building blocks</c>, <c>principles</c>, <c>bodies</c>, <c>sg</c>), ignoring case.
    /// </summary>
    public static bool TryParseKind(string text, out KnowledgeKind kind)
    {
        if (KnowledgeKinds.TryParse(text, out kind))
        {
            return true;
        }

        var trimmed = text.Trim();
        foreach (var (candidate, name) in _kindNames)
        {
            if (string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }

    // What users type for each kind besides its dataset word: the words of the seed text and of WCO pages.
    private static readonly (KnowledgeKind Kind, string Name)[] _kindNames =
    {
        (KnowledgeKind.Organization, "organizations"), (KnowledgeKind.Organization, "organisation"),
        (KnowledgeKind.Vision, "visions"),
        (KnowledgeKind.Mission, "missions"),
        (KnowledgeKind.Value, "values"), (KnowledgeKind.Value, "principle"), (KnowledgeKind.Value, "principles"),
        (KnowledgeKind.GovernanceBody, "body"), (KnowledgeKind.GovernanceBody, "bodies"), (KnowledgeKind.GovernanceBody, "governance body"),
        (KnowledgeKind.GovernanceBody, "governance bodies"), (KnowledgeKind.GovernanceBody, "governance"),
        (KnowledgeKind.Topic, "topics"),
        (KnowledgeKind.Strategy, "strategies"),
        (KnowledgeKind.Role, "roles"),
        (KnowledgeKind.Objective, "objectives"),
        (KnowledgeKind.Pillar, "pillars"), (KnowledgeKind.Pillar, "building block"), (KnowledgeKind.Pillar, "building blocks"),
        (KnowledgeKind.Instrument, "instruments"), (KnowledgeKind.Instrument, "convention"), (KnowledgeKind.Instrument, "conventions"),
        (KnowledgeKind.Region, "regions"),
        (KnowledgeKind.SecretaryGeneral, "secretary general"), (KnowledgeKind.SecretaryGeneral, "secretaries general"), (KnowledgeKind.SecretaryGeneral, "secretary-general"),
        (KnowledgeKind.SecretaryGeneral, "sg"),
        (KnowledgeKind.Officer, "officers"), (KnowledgeKind.Officer, "chairs"), (KnowledgeKind.Officer, "council chair"), (KnowledgeKind.Officer, "council chairs"),
        (KnowledgeKind.Officer, "deputy secretary general"), (KnowledgeKind.Officer, "deputy secretaries general"),
        (KnowledgeKind.Member, "members"), (KnowledgeKind.Member, "member state"), (KnowledgeKind.Member, "member states"), (KnowledgeKind.Member, "country"), (KnowledgeKind.Member, "countries"),
        (KnowledgeKind.StrategicPlan, "plan"), (KnowledgeKind.StrategicPlan, "plans"), (KnowledgeKind.StrategicPlan, "strategic plan"), (KnowledgeKind.StrategicPlan, "strategic plans"),
    };

    /// <summary>The kinds as users may type them, for messages: <c>organization, vision, …, pillar</c>.</summary>
    public static string KindList() => string.Join(", ", KnowledgeKinds.All.Select(Display));

    public static string Capitalize(string text) => text.Length == 0
        ? text
        : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));
}
