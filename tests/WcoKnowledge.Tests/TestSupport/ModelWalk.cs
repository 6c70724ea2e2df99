using System.Collections.Generic;
using System.Globalization;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>Everything in a knowledge base that cites sources, and every text it holds, each with a label for messages.</summary>
internal static class ModelWalk
{
    public static IEnumerable<(string Label, IReadOnlyList<Source> Sources)> CitedFacts(IWcoKnowledgeBase kb)
    {
        foreach (var item in kb.Items)
        {
            yield return (item.Id, item.Sources);
        }

        var o = kb.Organization;
        yield return ("establishingConvention", o.EstablishingConvention.Sources);
        yield return ("headquarters", o.Headquarters.Sources);
        yield return ("officialLanguages", o.OfficialLanguages.Sources);
        yield return ("worldTradeShare", o.WorldTradeShare.Sources);
        foreach (var m in o.History)
        {
            yield return ("history " + m.Key, m.Sources);
        }

        for (var i = 0; i < o.Membership.Count; i++)
        {
            yield return (Label("membership", i), o.Membership[i].Sources);
        }

        for (var i = 0; i < o.SecretariatStaff.Count; i++)
        {
            yield return (Label("secretariatStaff", i), o.SecretariatStaff[i].Sources);
        }

        foreach (var relation in kb.Relations)
        {
            yield return ("relation " + relation, relation.Sources);
        }

        foreach (var instrument in kb.Instruments)
        {
            foreach (var edition in instrument.Editions)
            {
                yield return (instrument.Id + " edition " + edition.Label, edition.Sources);
            }
        }
    }

    /// <summary>Every text, required or optional (optional ones may be null), with where it is.</summary>
    public static IEnumerable<(string Label, string? Text)> Texts(IWcoKnowledgeBase kb)
    {
        yield return ("dataVersion", kb.DataVersion);
        foreach (var s in kb.Sources)
        {
            yield return (s.Id + ".title", s.Title);
            yield return (s.Id + ".publisher", s.Publisher);
            yield return (s.Id + ".url", s.Url);
            yield return (s.Id + ".note", s.Note);
        }

        foreach (var item in kb.Items)
        {
            yield return (item.Id + ".id", item.Id);
            yield return (item.Id + ".title", item.Title);
            yield return (item.Id + ".summary", item.Summary);
            yield return (item.Id + ".statusNote", item.StatusNote);
            for (var i = 0; i < item.Aliases.Count; i++)
            {
                yield return (Label(item.Id + ".aliases", i), item.Aliases[i]);
            }

            switch (item)
            {
                case Statement st:
                    yield return (item.Id + ".era", st.Era);
                    break;
                case Objective ob:
                    yield return (item.Id + ".planEdition", ob.PlanEdition);
                    yield return (item.Id + ".label", ob.Label);
                    break;
                case GovernanceBody body:
                    yield return (item.Id + ".group", body.Group);
                    break;
                case StrategicPlan plan:
                    yield return (item.Id + ".period", plan.Period);
                    yield return (item.Id + ".structure", plan.Structure);
                    break;
                case Instrument instrument:
                    yield return (item.Id + ".adoptedAt", instrument.AdoptedAt);
                    foreach (var edition in instrument.Editions)
                    {
                        yield return (item.Id + " edition .label", edition.Label);
                        yield return (item.Id + " edition .summary", edition.Summary);
                    }

                    break;
                case Region region:
                    yield return (item.Id + ".abbreviation", region.Abbreviation);
                    break;
                case SecretaryGeneral person:
                    yield return (item.Id + ".country", person.Country);
                    break;
            }
        }

        var o = kb.Organization;
        yield return ("abbreviation", o.Abbreviation);
        yield return ("legalName", o.LegalName);
        yield return ("legalAbbreviation", o.LegalAbbreviation);
        yield return ("frenchName", o.FrenchName);
        yield return ("frenchAbbreviation", o.FrenchAbbreviation);
        yield return ("frenchLegalName", o.FrenchLegalName);
        yield return ("frenchLegalAbbreviation", o.FrenchLegalAbbreviation);
        yield return ("establishingConvention.title", o.EstablishingConvention.Title);
        yield return ("establishingConvention.place", o.EstablishingConvention.Place);
        yield return ("headquarters.city", o.Headquarters.City);
        yield return ("headquarters.country", o.Headquarters.Country);
        yield return ("headquarters.address", o.Headquarters.Address);
        for (var i = 0; i < o.OfficialLanguages.Languages.Count; i++)
        {
            yield return (Label("officialLanguages", i), o.OfficialLanguages.Languages[i]);
        }

        foreach (var m in o.History)
        {
            yield return ("history " + m.Key + ".key", m.Key);
            yield return ("history " + m.Key + ".title", m.Title);
            yield return ("history " + m.Key + ".summary", m.Summary);
        }

        foreach (var (label, figure) in Figures(o))
        {
            yield return (label + ".unit", figure.Unit);
            yield return (label + ".note", figure.Note);
        }
    }

    public static IEnumerable<(string Label, DatedFigure Figure)> Figures(Organization o)
    {
        yield return ("worldTradeShare", o.WorldTradeShare);
        for (var i = 0; i < o.Membership.Count; i++)
        {
            yield return (Label("membership", i), o.Membership[i]);
        }

        for (var i = 0; i < o.SecretariatStaff.Count; i++)
        {
            yield return (Label("secretariatStaff", i), o.SecretariatStaff[i]);
        }
    }

    private static string Label(string list, int index) => string.Format(CultureInfo.InvariantCulture, "{0}[{1}]", list, index);
}
