namespace WcoKnowledge;

/// <summary>
/// The language chosen for a user's preferences by <see cref="IWcoKnowledgeBase.ChooseLanguage"/>: the language to
/// answer in, and the tag to ask each item's title in, so that a title says when it fell back to English.
/// </summary>
/// <remarks>A small immutable value; thread-safe. <see cref="ToString"/> returns <see cref="Language"/>.</remarks>
public readonly struct LanguageChoice
{
    internal LanguageChoice(string language, string tag)
    {
        Language = language;
        Tag = tag;
    }

    /// <summary>The language answered in, one of <see cref="IWcoKnowledgeBase.Languages"/> (<c>fr</c>, or <c>en</c>): what an HTTP answer's <c>Content-Language</c> says.</summary>
    public string Language { get; }

    /// <summary>
    /// The tag to pass to <see cref="IKnowledgeItem.TitleIn(string)"/>: the preference that <see cref="Language"/>
    /// answers (<c>fr-CA</c> for the preferences <c>de</c>, <c>fr-CA</c>); when no preference is answered, the first
    /// well-formed one (<c>de</c>), so that the titles report <see cref="LocalizedText.IsFallback"/>; <c>en</c> when no
    /// preference was given.
    /// </summary>
    public string Tag { get; }

    /// <summary>True when preferences were given but none is answered, so the answer is in English as a fallback.</summary>
    public bool IsFallback => !LanguageTags.IsEnglish(Tag) && LanguageTags.IsEnglish(Language);

    /// <summary>Returns <see cref="Language"/>.</summary>
    /// <returns>The language tag.</returns>
    public override string ToString() => Language ?? string.Empty;
}
