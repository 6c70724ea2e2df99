namespace WcoKnowledge;

/// <summary>
/// The kinds of item in the knowledge base. Every item id starts with its kind's prefix
/// (see <see cref="KnowledgeKinds.IdPrefix(KnowledgeKind)"/>), so ids never collide across kinds.
/// </summary>
/// <remarks>The declaration order is the order in which <see cref="IWcoKnowledgeBase.Items"/> lists kinds.</remarks>
public enum KnowledgeKind
{
    /// <summary>The organization itself (<see cref="WcoKnowledge.Organization"/>); id prefix <c>organization-</c>.</summary>
    Organization = 0,

    /// <summary>The WCO's vision statement (<see cref="Statement"/>); id prefix <c>vision-</c>.</summary>
    Vision = 1,

    /// <summary>An edition of the WCO's mission statement (<see cref="Statement"/>); id prefix <c>mission-</c>.</summary>
    Mission = 2,

    /// <summary>One of the WCO's values, which the seed text calls principles (<see cref="CoreValue"/>); id prefix <c>value-</c>.</summary>
    Value = 3,

    /// <summary>A part of the WCO's governance (<see cref="GovernanceBody"/>); id prefix <c>body-</c>.</summary>
    GovernanceBody = 4,

    /// <summary>A topic that WCO standards and instruments cover (<see cref="StandardTopic"/>); id prefix <c>topic-</c>.</summary>
    Topic = 5,

    /// <summary>A strategy document such as Customs in the 21st Century (<see cref="StrategyDocument"/>); id prefix <c>strategy-</c>.</summary>
    Strategy = 6,

    /// <summary>One of the main roles of Customs (<see cref="CustomsRole"/>); id prefix <c>role-</c>.</summary>
    Role = 7,

    /// <summary>One of the WCO's strategic objectives (<see cref="Objective"/>); id prefix <c>objective-</c>.</summary>
    Objective = 8,

    /// <summary>A building block ("pillar") of Customs in the 21st Century (<see cref="Pillar"/>); id prefix <c>pillar-</c>.</summary>
    Pillar = 9,

    /// <summary>A convention, framework of standards, declaration or data standard the WCO administers (<see cref="WcoKnowledge.Instrument"/>); id prefix <c>instrument-</c>.</summary>
    Instrument = 10,

    /// <summary>One of the six WCO regions (<see cref="WcoKnowledge.Region"/>); id prefix <c>region-</c>.</summary>
    Region = 11,

    /// <summary>A Secretary General of the WCO (<see cref="WcoKnowledge.SecretaryGeneral"/>); id prefix <c>secretary-general-</c>.</summary>
    SecretaryGeneral = 12,

    /// <summary>An edition of the WCO Strategic Plan (<see cref="WcoKnowledge.StrategicPlan"/>); id prefix <c>plan-</c>.</summary>
    StrategicPlan = 13,

    /// <summary>A Member of the WCO: a Customs administration of a country or customs territory (<see cref="WcoKnowledge.Member"/>); id prefix <c>member-</c>.</summary>
    Member = 14,

    /// <summary>A Chairperson of the Council or a Deputy Secretary General (<see cref="WcoKnowledge.Officer"/>); id prefix <c>officer-</c>.</summary>
    Officer = 15,
}
