namespace WcoKnowledge;

/// <summary>How a <see cref="Relation"/> links two items.</summary>
public enum RelationType
{
    /// <summary>An instrument or body serves a topic (<see cref="Relation.To"/> is a <see cref="StandardTopic"/>).</summary>
    Serves = 0,

    /// <summary>An instrument is managed or maintained by a body (<see cref="Relation.To"/> is a <see cref="GovernanceBody"/>).</summary>
    ManagedBy = 1,

    /// <summary>A body reports to, or works under, another body.</summary>
    ReportsTo = 2,

    /// <summary>An instrument or body is documented to support a role of Customs, a building block or a strategy.</summary>
    Supports = 3,
}
