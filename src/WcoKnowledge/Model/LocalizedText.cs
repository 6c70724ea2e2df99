namespace WcoKnowledge;

/// <summary>
/// A text in the language asked for, or in English when the knowledge base has none in that language, with the
/// language it is really in: what <see cref="IKnowledgeItem.TitleIn(string)"/> returns.
/// </summary>
/// <remarks>A small immutable value; thread-safe. <see cref="ToString"/> returns <see cref="Text"/>.</remarks>
public readonly struct LocalizedText
{
    internal LocalizedText(string text, string requestedLanguage, Translation? translation)
    {
        Text = text;
        RequestedLanguage = requestedLanguage;
        Translation = translation;
    }

    /// <summary>The text: the translation's, or the English original when there is no <see cref="Translation"/>.</summary>
    public string Text { get; }

    /// <summary>The language tag that was asked for, as it was given (<c>fr-CA</c>, say).</summary>
    public string RequestedLanguage { get; }

    /// <summary>The BCP 47 tag of the language <see cref="Text"/> is in: the translation's (<c>fr</c> when <c>fr-CA</c> was asked for and only <c>fr</c> exists), or <c>en</c>.</summary>
    public string Language => Translation?.Language ?? LanguageTags.English;

    /// <summary>The translation the text comes from, with its status and sources; <see langword="null"/> for the English original.</summary>
    public Translation? Translation { get; }

    /// <summary>
    /// True when the text is the English original because no translation matched the language asked for (never when
    /// English itself was asked for): the case a user interface should mark, for example "(in English)".
    /// </summary>
    public bool IsFallback => Translation is null && !LanguageTags.IsEnglish(RequestedLanguage);

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text ?? string.Empty;
}
