namespace WcoKnowledge.Mcp;

/// <summary>
/// The names of the tools <see cref="WcoMcpTools.Create"/> makes, as a client calls them (snake_case, verb and noun).
/// </summary>
/// <remarks>
/// Constants only: safe to use from any thread. A name is part of the tools' contract with the models and scripts that
/// call them: names are added in minor releases, never renamed or removed before a major one.
/// </remarks>
public static class WcoMcpToolNames
{
    /// <summary><c>search</c>: ranked search over every item by title, alias and summary.</summary>
    public const string Search = "search";

    /// <summary><c>get_item</c>: one item by its stable id, with its resolved sources and its relations.</summary>
    public const string GetItem = "get_item";

    /// <summary><c>get_member</c>: one WCO Member by ISO 3166-1 code (alpha-2 or alpha-3) or by name.</summary>
    public const string GetMember = "get_member";

    /// <summary><c>membership_on</c>: how many Members the WCO had on a date, by the registry and by the newest published count.</summary>
    public const string MembershipOn = "membership_on";

    /// <summary><c>list_items</c>: the items of one kind.</summary>
    public const string ListItems = "list_items";

    /// <summary><c>organization_on</c>: the organization's facts and the answers for a date (membership, staff, officers).</summary>
    public const string OrganizationOn = "organization_on";
}
