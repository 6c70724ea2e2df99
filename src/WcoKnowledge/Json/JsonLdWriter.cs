using System;
using System.Collections.Generic;
using System.Text.Json;

namespace WcoKnowledge.Json;

/// <summary>
/// Writes a knowledge base as JSON-LD with schema.org types (docs/json-output.md, "JSON-LD"): the WCO as a
/// <c>GovernmentOrganization</c>, each Member as a <c>Country</c>, conventions as <c>Legislation</c> and the other
/// instruments as <c>CreativeWork</c>, Secretaries General as <c>Person</c>, and the dataset itself as a <c>Dataset</c>,
/// each with <c>sameAs</c> its Wikidata page where the data links one. Names carry their language
/// (<c>{"@value": "Allemagne", "@language": "fr"}</c>). Written with <see cref="Utf8JsonWriter"/>: no JSON-LD library
/// is needed to write a fixed shape.
/// </summary>
internal static class JsonLdWriter
{
    /// <summary>The prefix of every node's <c>@id</c>: the item's stable id as a URN, since items have no web address of their own.</summary>
    internal const string IdPrefix = "urn:wcoknowledge:";

    internal static void Write(Utf8JsonWriter w, IWcoKnowledgeBase kb)
    {
        var organization = kb.Organization;
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteStartArray("@graph");

        w.WriteStartObject();
        w.WriteString("@id", IdPrefix + "dataset");
        w.WriteString("@type", "Dataset");
        w.WriteString("name", "WcoKnowledge: facts about the World Customs Organization");
        w.WriteString("version", kb.DataVersion);
        w.WriteString("dateModified", kb.AsOf.ToString());
        w.WriteString("inLanguage", "en");
        Reference(w, "about", organization);
        w.WriteEndObject();

        Node(w, organization, "GovernmentOrganization");
        w.WriteString("legalName", organization.LegalName);
        w.WriteString("foundingDate", organization.EstablishingConvention.InForceOn.ToString());
        w.WriteStartObject("address");
        w.WriteString("@type", "PostalAddress");
        w.WriteString("streetAddress", organization.Headquarters.Address);
        w.WriteString("addressLocality", organization.Headquarters.City);
        w.WriteString("addressCountry", organization.Headquarters.Country);
        w.WriteEndObject();
        // schema.org's "member" takes organizations and people, not places: the Members' territories are the area served.
        w.WriteStartArray("areaServed");
        foreach (var member in kb.Members)
        {
            w.WriteStartObject();
            w.WriteString("@id", IdPrefix + member.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        foreach (var member in kb.Members)
        {
            Node(w, member, "Country", member.IsoAlpha2, member.IsoAlpha3);
            w.WriteEndObject();
        }

        foreach (var instrument in kb.Instruments)
        {
            var isLaw = instrument.InstrumentKind == InstrumentKind.Convention;
            Node(w, instrument, isLaw ? "Legislation" : "CreativeWork");
            if (instrument.AdoptedOn is { } adopted)
            {
                w.WriteString(isLaw ? "legislationDate" : "dateCreated", adopted.ToString());
            }

            if (isLaw)
            {
                w.WriteString("legislationType", "convention");
                if (instrument.InForceOn is { } inForceOn)
                {
                    w.WriteString("legislationDateOfApplicability", inForceOn.ToString());
                }

                if (instrument.InForce is InForceStatus.InForce or InForceStatus.NotInForce)
                {
                    // A member of schema.org's LegalForceStatus enumeration, so a reference rather than text.
                    w.WriteStartObject("legislationLegalForce");
                    w.WriteString("@id", instrument.InForce == InForceStatus.InForce ? "https://schema.org/InForce" : "https://schema.org/NotInForce");
                    w.WriteEndObject();
                }
            }

            w.WriteEndObject();
        }

        foreach (var secretaryGeneral in kb.SecretariesGeneral)
        {
            Node(w, secretaryGeneral, "Person");
            w.WriteString("jobTitle", "Secretary General of the World Customs Organization");
            // schema.org's nationality is a Country: the Member of that name, where there is one.
            foreach (var member in kb.Members)
            {
                if (string.Equals(member.Title, secretaryGeneral.Country, StringComparison.Ordinal))
                {
                    Reference(w, "nationality", member);
                    break;
                }
            }

            Reference(w, "worksFor", organization);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // Opens an item's node: @id, @type, its identifiers (the stable id, and a Member's ISO codes), its names in every
    // language, its other names, description and Wikidata page.
    private static void Node(Utf8JsonWriter w, IKnowledgeItem item, string type, string? isoAlpha2 = null, string? isoAlpha3 = null)
    {
        w.WriteStartObject();
        w.WriteString("@id", IdPrefix + item.Id);
        w.WriteString("@type", type);
        if (isoAlpha2 is null && isoAlpha3 is null)
        {
            w.WriteString("identifier", item.Id);
        }
        else
        {
            w.WriteStartArray("identifier");
            w.WriteStringValue(item.Id);
            Identifier(w, "ISO 3166-1 alpha-2", isoAlpha2);
            Identifier(w, "ISO 3166-1 alpha-3", isoAlpha3);
            w.WriteEndArray();
        }

        w.WriteStartArray("name");
        Tagged(w, item.Title, LanguageTags.English);
        foreach (var translation in item.Translations)
        {
            Tagged(w, translation.Title, translation.Language);
        }

        w.WriteEndArray();
        if (item.Aliases.Count > 0 || item.Translations.Count > 0)
        {
            w.WriteStartArray("alternateName");
            foreach (var alias in item.Aliases)
            {
                Tagged(w, alias, LanguageTags.English);
            }

            foreach (var translation in item.Translations)
            {
                foreach (var alias in translation.Aliases)
                {
                    Tagged(w, alias, translation.Language);
                }
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("description");
        w.WriteString("@value", item.Summary);
        w.WriteString("@language", LanguageTags.English);
        w.WriteEndObject();
        if (item.Wikidata is { } wikidata)
        {
            w.WriteString("sameAs", wikidata.Url);
        }
    }

    private static void Tagged(Utf8JsonWriter w, string text, string language)
    {
        w.WriteStartObject();
        w.WriteString("@value", text);
        w.WriteString("@language", language);
        w.WriteEndObject();
    }

    private static void Identifier(Utf8JsonWriter w, string scheme, string? code)
    {
        if (code is null)
        {
            return;
        }

        w.WriteStartObject();
        w.WriteString("@type", "PropertyValue");
        w.WriteString("propertyID", scheme);
        w.WriteString("value", code);
        w.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter w, string property, IKnowledgeItem item)
    {
        w.WriteStartObject(property);
        w.WriteString("@id", IdPrefix + item.Id);
        w.WriteEndObject();
    }
}
