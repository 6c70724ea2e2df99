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
    /// Finds a kind by what a user typed: whatever <see cref="KnowledgeKinds.TryParse"/> accepts, and also the JSON
    /// word this tool prints (<c>governanceBody</c>), so that a kind read from JSON output can be passed back.
    /// </summary>
    public static bool TryParseKind(string text, out KnowledgeKind kind)
    {
        if (KnowledgeKinds.TryParse(text, out kind))
        {
            return true;
        }

        foreach (var candidate in KnowledgeKinds.All)
        {
            if (string.Equals(text.Trim(), Json(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The kinds as users may type them, for messages: <c>organization, vision, …, pillar</c>.</summary>
    public static string KindList() => string.Join(", ", KnowledgeKinds.All.Select(Display));

    public static string Capitalize(string text) => text.Length == 0
        ? text
        : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));
}
