using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace WcoKnowledge.Mcp;

/// <summary>
/// The short text beside each structured answer, for clients and models that read text content only. It says the
/// answer in a few lines and names the sources (title, publisher, date, URL), so that a model can cite them without
/// reading the structured content. The library's own summaries (<see cref="MembershipOnDate.ToString"/>,
/// <see cref="FigureOnDate.ToString"/>) are used where it has one.
/// </summary>
internal static class TextRendering
{
    public static string Hits(string query, IReadOnlyList<SearchHit> hits, string language)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{hits.Count} {(hits.Count == 1 ? "match" : "matches")} for \"{Shorten(query, 80)}\", best first.");
        var number = 0;
        foreach (var hit in hits)
        {
            number++;
            text.Append(CultureInfo.InvariantCulture, $"\n{number}. {Title(hit.Item, language)} (id {hit.Item.Id}, {KnowledgeKinds.DisplayName(hit.Kind)}, score {hit.Score:0.00})");
            if (hit.Item.Sources.Count > 0)
            {
                var source = hit.Item.Sources[0];
                var more = hit.Item.Sources.Count > 1 ? $" and {hit.Item.Sources.Count - 1} more" : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"\n   source: {source.Title}, {source.Publisher} <{source.Url}>{more}");
            }
        }

        if (hits.Count > 0)
        {
            text.Append("\nCall get_item with an id for the item in full with all its sources.");
        }

        return text.ToString();
    }

    public static string Item(IKnowledgeItem item, IReadOnlyList<Relation> relations, IReadOnlyList<Source> relatedSources, string language)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Title(item, language)} (id {item.Id}, {KnowledgeKinds.DisplayName(item.Kind)})");
        if (item is Member member)
        {
            var codes = string.Join("/", new[] { member.IsoAlpha2, member.IsoAlpha3 }.Where(code => code is not null));
            text.Append(CultureInfo.InvariantCulture, $"\nISO code {(codes.Length == 0 ? "none" : codes)}; region {member.Region.TitleIn(language).Text}; ");
            text.Append(member.MemberSince is { } since
                ? $"WCO Member since {since}{(member.MemberSinceKind == MembershipDateKind.Unknown ? string.Empty : $" ({DatasetWords.Word(member.MemberSinceKind)} date)")}."
                : "no source gives its joining date.");
        }

        text.Append('\n').Append(item.Summary);
        Status(text, item.Status, item.StatusNote);
        foreach (var relation in relations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nRelation: {relation.From.Id} {DatasetWords.Word(relation.Type)} {relation.To.Id}");
        }

        Sources(text, "Sources", item.Sources);
        Sources(text, "Sources of its relations and editions", relatedSources);
        return text.ToString();
    }

    public static string Membership(MembershipOnDate answer, IReadOnlyList<Source> sources)
    {
        var text = new StringBuilder(answer.ToString()).Append('.');
        if (answer.Published.IsStale)
        {
            text.Append(" The published count is a year or more older than the date: prefer the registry's count, which counts the Members that had joined by then.");
        }

        Sources(text, "Sources of the published count", sources);
        return text.ToString();
    }

    public static string Items(KnowledgeKind kind, IReadOnlyList<IKnowledgeItem> items, string language)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{items.Count} {KnowledgeKinds.PluralName(kind)}:");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {item.Id}: {Title(item, language)}");
        }

        text.Append("\nCall get_item with an id for the item in full with its sources.");
        return text.ToString();
    }

    public static string OrganizationOn(Organization organization, FactDate on, MembershipOnDate membership, FigureOnDate staff,
        SecretaryGeneral? leader, IReadOnlyList<Officer> officers, IReadOnlyList<Source> sources)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{organization.Title} ({organization.Abbreviation}; legal name {organization.LegalName}), on {on}:");
        text.Append("\nMembership: ").Append(membership).Append('.');
        text.Append("\nSecretariat staff: ").Append(staff).Append('.');
        text.Append("\nSecretary General: ").Append(leader is null ? "none known in office on that date" : leader.Title).Append('.');
        foreach (var officer in officers)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nIn office: {officer.Title} ({DatasetWords.Word(officer.Office)})");
        }

        Sources(text, "Sources of these answers", sources);
        text.Append(CultureInfo.InvariantCulture, $"\nFor the organization's other facts (founding convention, seat, history, the dated series) with their sources, call get_item with id {organization.Id}.");
        return text.ToString();
    }

    /// <summary>
    /// The item's title in <paramref name="language"/> (<see cref="IKnowledgeItem.TitleIn"/>); a translated title is
    /// followed by the English one in brackets, which the sources and the item's own fields use.
    /// </summary>
    private static string Title(IKnowledgeItem item, string language)
    {
        var title = item.TitleIn(language);
        return title.Translation is null ? title.Text : $"{title.Text} [{item.Title}]";
    }

    private static void Status(StringBuilder text, FactStatus status, string? note)
    {
        if (status != FactStatus.Confirmed || note is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nStatus: {DatasetWords.Word(status)}{(note is null ? string.Empty : ". " + note)}");
        }
    }

    private static void Sources(StringBuilder text, string heading, IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(heading).Append(':');
        foreach (var source in sources)
        {
            var asOf = source.AsOf is { } date ? ", " + date : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\n- {source.Title}, {source.Publisher}{asOf} ({DatasetWords.Word(source.Kind)}) <{source.Url}>");
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
