namespace WcoKnowledge;

/// <summary>Which part of an item a search matched best, so a user interface can show why an item was found.</summary>
public enum SearchField
{
    /// <summary>The item's title (<see cref="IKnowledgeItem.Title"/>).</summary>
    Title = 0,

    /// <summary>One of the item's aliases (<see cref="IKnowledgeItem.Aliases"/>): seed wording, acronyms, short names.</summary>
    Alias = 1,

    /// <summary>The item's summary (<see cref="IKnowledgeItem.Summary"/>).</summary>
    Summary = 2,

    /// <summary>A title or alias of one of the item's translations (<see cref="IKnowledgeItem.Translations"/>), such as <c>Allemagne</c>.</summary>
    Translation = 3,
}
