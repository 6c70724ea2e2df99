using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Data;

/// <summary>
/// Users type the seed text's wording (shared/reference/seed-about-wco.txt, a machine translation). Each seed
/// item must be found through that wording, exactly as the seed writes it, in exactly one item's Aliases.
/// </summary>
public class SeedWordingTests
{
    private static WcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    [Theory]
    // The main role of Customs
    [InlineData("Generate revenues", "role-revenue-collection")]
    [InlineData("Protect communities", "role-protection-of-society")]
    [InlineData("Security and facilitation", "role-trade-security-and-facilitation")]
    [InlineData("Creating a database of goods", "role-trade-statistics")]
    // The strategic objective of the WCO ("Objective N:" / "Goal N:" dropped)
    [InlineData("International cooperation and sharing of information", "objective-international-cooperation")]
    [InlineData("To develop international standards of customs procedures", "objective-international-standards")]
    [InlineData("Support capacity building", "objective-capacity-building")]
    [InlineData("Community Health, Security and Community Protection", "objective-protection-of-society")]
    [InlineData("Security and facilitation of international trade and supply chain", "objective-trade-security-and-facilitation")]
    [InlineData("Create customs revenues", "objective-customs-revenue")]
    [InlineData("Promote WCO", "objective-promotion-of-the-wco")]
    [InlineData("Research and analysis", "objective-research-and-analysis")]
    [InlineData("Good governance and efficient utilization of resources", "objective-good-governance")]
    // Strategy The main pillars of Customs in the 21st Century ("N." / "10 –" dropped)
    [InlineData("Develop a global customs network", "pillar-globally-networked-customs")]
    [InlineData("Effective border management (CBM)", "pillar-coordinated-border-management")]
    [InlineData("Risk management based on intelligence", "pillar-intelligence-driven-risk-management")]
    [InlineData("Customs Partnership \u2013 Business", "pillar-customs-trade-partnership")]
    [InlineData("Implementation of modern working methods", "pillar-modern-working-methods")]
    [InlineData("Development and application of technologies and interfaces", "pillar-enabling-technology-and-tools")]
    [InlineData("Apply the laws, regulations", "pillar-enabling-powers")]
    [InlineData("Cam career, customs services and knowledge-based", "pillar-professional-knowledge-based-service-culture")]
    [InlineData("Strengthening", "pillar-capacity-building")]
    [InlineData("Customs Integrity", "pillar-integrity")]
    // WCO principles (each sentence without its full stop)
    [InlineData("WCO is an organization developed on the basis of knowledge, experience and commitment to action", "value-knowledge-based")]
    [InlineData("WCO trust management procedures in a transparent and verifiable", "value-transparency-and-accountability")]
    [InlineData("WCO support Member States and partners on business and society", "value-support-for-members-and-partners")]
    [InlineData("WCO leverage the advantages of technology and innovation", "value-technology-and-innovation")]
    // Topics of WCO standards, as the seed lists them
    [InlineData("classification of goods", "topic-classification")]
    [InlineData("value", "topic-valuation")]
    [InlineData("rules of origin", "topic-rules-of-origin")]
    [InlineData("trade fraud protection", "topic-enforcement-and-compliance")]
    [InlineData("supply chain security", "topic-supply-chain-security")]
    [InlineData("integrity of customs", "topic-integrity")]
    [InlineData("trade facilitation", "topic-trade-facilitation")]
    // Other seed wording: names, governance, vision, mission, strategy
    [InlineData("Customs Cooperation Council", "organization-wco")]
    [InlineData("CCC", "organization-wco")]
    [InlineData("WCO", "organization-wco")]
    [InlineData("management unit of the WCO", "body-council")]
    [InlineData("technical advisory board", "body-technical-and-advisory-committees")]
    [InlineData("common voice of the world customs community", "vision-wco")]
    [InlineData("enhance the effectiveness and efficiency of customs administration", "mission-classic")]
    [InlineData("main pillars of Customs in the 21st Century", "strategy-customs-in-the-21st-century")]
    public void SeedWording_IsAnAliasOfExactlyTheExpectedItem(string seedWording, string expectedId)
    {
        var matches = Kb.Items
            .Where(i => i.Aliases.Any(a => string.Equals(a, seedWording, StringComparison.OrdinalIgnoreCase)))
            .Select(i => i.Id);

        matches.Should().ContainSingle().Which.Should().Be(expectedId);
    }

    [Theory]
    [InlineData("GENERATE REVENUES", "role-revenue-collection")]
    [InlineData("strengthening", "pillar-capacity-building")]
    [InlineData("customs partnership \u2013 business", "pillar-customs-trade-partnership")]
    public void SeedWording_MatchesIgnoringCase(string typed, string expectedId)
    {
        Kb.GetItem(expectedId).Aliases.Should().Contain(a => string.Equals(a, typed, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SeedItems_AreCompleteForEachSeedList()
    {
        // Every role, objective, pillar, principle and listed topic cites the seed text it is worded after.
        var seedCited = Kb.Roles.Cast<IKnowledgeItem>().Concat(Kb.Objectives).Concat(Kb.Pillars).Concat(Kb.Organization.Values);

        seedCited.Should().OnlyContain(i => i.Sources.Any(s => s.Kind == SourceKind.SeedText));
        Kb.Organization.Topics.Count(t => t.Sources.Any(s => s.Kind == SourceKind.SeedText)).Should().Be(7, "the seed lists seven topics");
    }
}
