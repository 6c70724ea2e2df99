using System.Globalization;
using System.Linq;

namespace WcoKnowledge.Cli.Output;

/// <summary><c>wco</c> without a command: the overview.</summary>
internal sealed partial class HumanOutput
{
    /// <summary><c>wco</c>: the organization in a few lines, then what the knowledge base holds, by kind.</summary>
    public void Overview(IWcoKnowledgeBase kb)
    {
        var o = kb.Organization;
        Line(style.Heading($"{o.Title} ({o.Abbreviation})"));
        Line(style.Dim($"WCO knowledge base, dataset {kb.DataVersion}, facts as of {kb.AsOf}"));
        Line();
        var convention = o.EstablishingConvention;
        Field("Legal name", $"{o.LegalName} ({o.LegalAbbreviation})");
        Field("French", $"{o.FrenchName} ({o.FrenchAbbreviation})");
        Field("Founded", $"convention signed in {convention.Place} on {convention.SignedOn}, in force {convention.InForceOn}");
        Field("First Council", $"{o.FirstCouncilSession.Date} (International Customs Day)");
        Field("Headquarters", $"{o.Headquarters.Address}, {o.Headquarters.Country}");
        Field("Languages", string.Join(", ", o.OfficialLanguages.Languages));
        Field("Members", Figure(o.CurrentMembership));
        Field("World trade", Figure(o.WorldTradeShare));
        // The staff figure and the Secretary General on the dataset's own date, by the library's rules for dates.
        if (kb.SecretariatStaffOn(kb.AsOf).Figure is { } staff)
        {
            Field("Secretariat", Figure(staff));
        }

        if (kb.SecretaryGeneralOn(kb.AsOf) is { } leader)
        {
            Field("Sec. General", $"{TitleOf(leader).Text} ({leader.Country}), {ItemDetails.Term(leader)}{Mark(leader.Status)}");
        }

        if (kb.Instruments.Count > 0)
        {
            Field("Instruments", $"{kb.Instruments.Count.ToString(CultureInfo.InvariantCulture)} conventions, declarations and standards");
        }

        if (kb.Regions.Count > 0)
        {
            Field("Regions", $"{kb.Regions.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", kb.Regions.Select(region => region.Abbreviation))}");
        }

        if (kb.StrategicPlans.Count > 0)
        {
            var plans = kb.StrategicPlans;
            Field("Strategic plan", $"{Count(plans.Count, "edition")}, {plans[0].Period} to {plans[^1].Period}");
        }

        Line();
        Line(style.Heading("Mission"));
        Wrapped(o.CurrentMission.Summary, Indent);
        Line();
        Kinds(kb, "What the knowledge base holds");
        Line();
        Hint("Try: wco show pillar 8 | wco list pillars | wco search kyoto | wco --help");
    }
}
