using System.Linq;
using FluentAssertions;
using Xunit;
using static WcoKnowledge.Tests.Search.SearchTestSupport;

namespace WcoKnowledge.Tests.Search;

/// <summary>
/// What users type (the seed text's wording, official names, acronyms, typos, French names with and without
/// accents, inflections, half-typed words) and the item they expect first.
/// </summary>
public class SearchQueryTableTests
{
    [Theory]
    // The seed text's wording (the "main role of Customs", the objectives, the pillars, the values).
    [InlineData("database of goods", "role-trade-statistics")]
    [InlineData("Creating a database of goods", "role-trade-statistics")]
    [InlineData("Generate revenues", "role-revenue-collection")]
    [InlineData("Protect communities", "role-protection-of-society")]
    [InlineData("Security and facilitation", "role-trade-security-and-facilitation")]
    [InlineData("Cam career", "pillar-professional-knowledge-based-service-culture")]
    [InlineData("Strengthening", "pillar-capacity-building")]
    [InlineData("Effective border management", "pillar-coordinated-border-management")]
    [InlineData("global customs network", "pillar-globally-networked-customs")]
    [InlineData("Develop a global customs network", "pillar-globally-networked-customs")]
    [InlineData("Risk management based on intelligence", "pillar-intelligence-driven-risk-management")]
    [InlineData("Customs Partnership – Business", "pillar-customs-trade-partnership")]
    [InlineData("Implementation of modern working methods", "pillar-modern-working-methods")]
    [InlineData("Development and application of technologies and interfaces", "pillar-enabling-technology-and-tools")]
    [InlineData("Apply the laws, regulations", "pillar-enabling-powers")]
    [InlineData("Customs Integrity", "pillar-integrity")]
    [InlineData("Customs Cooperation Council", "organization-wco")]
    [InlineData("International cooperation and sharing of information", "objective-international-cooperation")]
    [InlineData("To develop international standards of customs procedures", "objective-international-standards")]
    [InlineData("Support capacity building", "objective-capacity-building")]
    [InlineData("Community Health, Security and Community Protection", "objective-protection-of-society")]
    [InlineData("Security and facilitation of international trade and supply chain", "objective-trade-security-and-facilitation")]
    [InlineData("Create customs revenues", "objective-customs-revenue")]
    [InlineData("Promote WCO", "objective-promotion-of-the-wco")]
    [InlineData("Research and analysis", "objective-research-and-analysis")]
    [InlineData("Good governance and efficient utilization of resources", "objective-good-governance")]
    [InlineData("management unit of the WCO", "body-council")]
    [InlineData("technical advisory board", "body-technical-and-advisory-committees")]
    [InlineData("classification of goods", "topic-classification")]
    [InlineData("trade fraud protection", "topic-enforcement-and-compliance")]
    [InlineData("integrity of customs", "topic-integrity")]
    [InlineData("common voice of the world customs community", "vision-wco")]
    [InlineData("transparent and verifiable", "value-transparency-and-accountability")]
    [InlineData("technology and innovation", "value-technology-and-innovation")]
    // Official wording.
    [InlineData("World Customs Organization", "organization-wco")]
    [InlineData("Globally Networked Customs", "pillar-globally-networked-customs")]
    [InlineData("Better Coordinated Border Management", "pillar-coordinated-border-management")]
    [InlineData("Intelligence-driven Risk Management", "pillar-intelligence-driven-risk-management")]
    [InlineData("Customs-Trade Partnership", "pillar-customs-trade-partnership")]
    [InlineData("Enabling Technology and Tools", "pillar-enabling-technology-and-tools")]
    [InlineData("Enabling Powers", "pillar-enabling-powers")]
    [InlineData("A Professional, Knowledge-based Service Culture", "pillar-professional-knowledge-based-service-culture")]
    [InlineData("Customs in the 21st Century", "strategy-customs-in-the-21st-century")]
    [InlineData("Revised Kyoto Convention", "instrument-revised-kyoto-convention")]
    [InlineData("Authorized Economic Operator", "instrument-safe-framework")]
    [InlineData("Supply chain security", "topic-supply-chain-security")]
    [InlineData("Rules of origin", "topic-rules-of-origin")]
    [InlineData("Secretariat", "body-secretariat")]
    [InlineData("Council", "body-council")]
    [InlineData("Vision", "vision-wco")]
    [InlineData("Mission", "mission-current")]
    [InlineData("Valuation", "topic-valuation")]
    [InlineData("Integrity", "pillar-integrity")]
    // Acronyms and short names, through aliases.
    [InlineData("CBM", "pillar-coordinated-border-management")]
    [InlineData("HS", "instrument-hs-convention")]
    [InlineData("CCC", "organization-wco")]
    [InlineData("WCO", "organization-wco")]
    [InlineData("C21", "strategy-customs-in-the-21st-century")]
    [InlineData("RKC", "instrument-revised-kyoto-convention")]
    [InlineData("AEO", "instrument-safe-framework")]
    [InlineData("SAFE", "instrument-safe-framework")]
    [InlineData("GNC", "pillar-globally-networked-customs")]
    [InlineData("OMD", "organization-wco")]
    [InlineData("CCD", "organization-wco")]
    [InlineData("Kyoto", "instrument-kyoto-convention")]
    // Typos (one edit from 5 letters, two from 9) and British spellings.
    [InlineData("integrty", "pillar-integrity")]
    [InlineData("valuaton", "topic-valuation")]
    [InlineData("Harmonised Sytem", "instrument-hs-convention")]
    [InlineData("secrtariet", "body-secretariat")]
    [InlineData("inteligence", "pillar-intelligence-driven-risk-management")]
    [InlineData("border managment", "pillar-coordinated-border-management")]
    [InlineData("Authorised Economic Operator", "instrument-safe-framework")]
    [InlineData("modernisation", "pillar-modern-working-methods")]
    // French names, with and without their diacritics.
    [InlineData("international coopération", "objective-international-cooperation")]
    [InlineData("coopération douanière", "organization-wco")]
    [InlineData("Organisation mondiale des douanes", "organization-wco")]
    [InlineData("ORGANISATION MONDIALE DES DOUANES", "organization-wco")]
    [InlineData("Conseil de coopération douanière", "organization-wco")]
    [InlineData("Conseil de cooperation douaniere", "organization-wco")]
    // French titles and aliases of the translations (data 1.5.0).
    [InlineData("Belgique", "member-belgium")]
    [InlineData("Système harmonisé", "instrument-hs-convention")]
    [InlineData("Convention de Kyoto révisée", "instrument-revised-kyoto-convention")]
    [InlineData("CKR", "instrument-revised-kyoto-convention")]
    [InlineData("Pays-Bas", "member-netherlands")]
    [InlineData("Comité de la lutte contre la fraude", "body-enforcement-committee")]
    // Plurals and other inflections.
    [InlineData("revenues", "role-revenue-collection")]
    [InlineData("pillars of customs", "strategy-customs-in-the-21st-century")]
    [InlineData("managing risk", "pillar-intelligence-driven-risk-management")]
    [InlineData("protecting society", "role-protection-of-society")]
    [InlineData("temporary admission of goods", "instrument-ata-convention")]
    // Type-ahead: the last word is a prefix.
    [InlineData("integ", "pillar-integrity")]
    [InlineData("valu", "topic-valuation")]
    [InlineData("globally netw", "pillar-globally-networked-customs")]
    [InlineData("Harmon", "instrument-hs-convention")]
    [InlineData("Secre", "body-secretariat")]
    [InlineData("revised kyo", "instrument-revised-kyoto-convention")]
    // Several words that only together point at one item.
    [InlineData("Harmonized System Committee", "body-harmonized-system-committee")]
    [InlineData("health safety security", "objective-protection-of-society")]
    [InlineData("sustainable capacity", "topic-capacity-building")]
    [InlineData("legitimate trade", "role-trade-security-and-facilitation")]
    [InlineData("counterfeiting piracy", "body-counterfeiting-and-piracy-group")] // the CAP Group (data 1.2.0) has exactly this name; the enforcement topic follows it
    public void Search_RealisticQuery_RanksTheExpectedItemFirst(string query, string expectedTopId)
    {
        var hits = Kb.Search(query);

        hits.Should().NotBeEmpty("'{0}' should find something", query);
        hits[0].Item.Id.Should().Be(expectedTopId, "'{0}' should rank {1} first; actual top 3: {2}", query, expectedTopId, Top3(hits));
    }

    [Theory]
    // The seed text names kinds of item rather than items: any item of that kind is the right first answer.
    [InlineData("WCO principles", KnowledgeKind.Value)]
    [InlineData("The strategic objective of the WCO", KnowledgeKind.Objective)]
    [InlineData("strategic objectives", KnowledgeKind.Objective)]
    [InlineData("The main role of Customs", KnowledgeKind.Role)]
    public void Search_WordingThatNamesAKind_RanksAnItemOfThatKindFirst(string query, KnowledgeKind expectedKind)
    {
        var hits = Kb.Search(query);

        hits.Should().NotBeEmpty("'{0}' should find something", query);
        hits[0].Kind.Should().Be(expectedKind, "'{0}' names the {1} kind; actual top 3: {2}", query, expectedKind, Top3(hits));
    }

    [Theory]
    [InlineData("CBM", "pillar-coordinated-border-management", SearchField.Alias, "CBM")]
    [InlineData("Valuation", "topic-valuation", SearchField.Title, "Valuation")]
    [InlineData("integrty", "pillar-integrity", SearchField.Title, "Integrity")]
    [InlineData("Harmonised Sytem", "instrument-hs-convention", SearchField.Title, "International Convention on the Harmonized Commodity Description and Coding System")]
    [InlineData("Cam career", "pillar-professional-knowledge-based-service-culture", SearchField.Alias, "Cam career, customs services and knowledge-based")]
    [InlineData("Conseil de cooperation douaniere", "organization-wco", SearchField.Alias, "Conseil de coopération douanière")]
    [InlineData("Belgique", "member-belgium", SearchField.Translation, "Belgique")]
    [InlineData("allemagne", "member-germany", SearchField.Translation, "Allemagne")]
    [InlineData("Systeme harmonise", "instrument-hs-convention", SearchField.Translation, "Système harmonisé")]
    [InlineData("Convention de Kyoto revisee", "instrument-revised-kyoto-convention", SearchField.Translation, "Convention de Kyoto révisée")]
    [InlineData("CKR", "instrument-revised-kyoto-convention", SearchField.Translation, "CKR")]
    [InlineData("Generate revenues", "role-revenue-collection", SearchField.Alias, "Generate revenues")]
    [InlineData("revenues", "role-revenue-collection", SearchField.Title, "Revenue collection")]
    public void Search_TopHit_ReportsTheFieldAndTextThatMatched(string query, string expectedId, SearchField expectedField, string expectedText)
    {
        var top = Kb.Search(query)[0];

        top.Item.Id.Should().Be(expectedId);
        top.Field.Should().Be(expectedField);
        top.MatchedText.Should().Be(expectedText);
    }

    [Fact]
    public void Search_WordOnlyInSummaries_ReportsTheSummaryAsMatchedText()
    {
        var hits = Kb.Search("Brussels");

        hits.Select(h => h.Item.Id).Should().BeEquivalentTo("organization-wco", "body-secretariat");
        hits.Should().OnlyContain(h => h.Field == SearchField.Summary && h.MatchedText == h.Item.Summary);
    }

    [Fact]
    public void Search_MatchedText_IsAlwaysTheTitleAnAliasATranslationOrTheSummaryOfTheItem()
    {
        foreach (var word in TitleAndAliasWords(Kb))
        {
            foreach (var hit in Kb.Search(word, new SearchOptions { Limit = 50 }))
            {
                var expected = hit.Field switch
                {
                    SearchField.Title => new[] { hit.Item.Title },
                    SearchField.Alias => hit.Item.Aliases.ToArray(),
                    SearchField.Translation => hit.Item.Translations.SelectMany(t => t.Aliases.Prepend(t.Title)).ToArray(),
                    _ => new[] { hit.Item.Summary },
                };
                expected.Should().Contain(hit.MatchedText, "'{0}' found {1} by its {2}", word, hit.Item.Id, hit.Field);
            }
        }
    }
}
