using System;
using System.Globalization;
using System.Linq;

namespace WcoKnowledge.Cli.Output;

/// <summary>
/// Headings and messages that name kinds. The words themselves are the library's: <see cref="KnowledgeKinds.Word"/>
/// (what JSON prints), <see cref="KnowledgeKinds.DisplayName"/> (what people read) and <see cref="KnowledgeKinds.TryParse"/>
/// (what people may type, plurals and synonyms included); enum values' words are <see cref="DatasetWords.Word(FactStatus)"/>
/// and its overloads.
/// </summary>
internal static class Names
{
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
        _ => Capitalize(KnowledgeKinds.DisplayName(kind)) + " items",
    };

    /// <summary>The kinds as users may type them, for messages: <c>organization, vision, …, pillar</c>.</summary>
    public static string KindList() => string.Join(", ", KnowledgeKinds.All.Select(KnowledgeKinds.DisplayName));

    public static string Capitalize(string text) => text.Length == 0
        ? text
        : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));
}
