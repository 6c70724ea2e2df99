namespace WcoKnowledge;

/// <summary>What kind of publication a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>A page or document published by the World Customs Organization itself.</summary>
    OfficialWco = 0,

    /// <summary>A third-party page: a government, a treaty library, a news site, or a copy of WCO text.</summary>
    Secondary = 1,

    /// <summary>The machine-translated "About the WCO" page that the project started from; cited for users' wording only.</summary>
    SeedText = 2,
}
