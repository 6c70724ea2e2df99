using System;
using System.Collections.Generic;

namespace WcoKnowledge;

// The languages the knowledge base answers in.
public sealed partial class WcoKnowledgeBase
{
    private IReadOnlyList<string>? _languages;

    /// <inheritdoc/>
    public IReadOnlyList<string> Languages => _languages ??= FindLanguages();

    /// <inheritdoc/>
    public LanguageChoice ChooseLanguage(IEnumerable<string> preferences)
    {
        Preconditions.CheckNotNull(preferences, nameof(preferences));
        string? firstTag = null;
        foreach (var preference in preferences)
        {
            if (preference == "*")
            {
                return new LanguageChoice(LanguageTags.English, firstTag ?? LanguageTags.English);
            }

            if (!LanguageTags.IsWellFormed(preference))
            {
                continue;
            }

            firstTag ??= preference;
            if (LanguageTags.IsEnglish(preference))
            {
                return new LanguageChoice(LanguageTags.English, preference);
            }

            if (Answering(preference) is { } language)
            {
                return new LanguageChoice(language, preference);
            }
        }

        return new LanguageChoice(LanguageTags.English, firstTag ?? LanguageTags.English);
    }

    // The most specific available language that the preference falls back to (fr-CH → fr), or null.
    private string? Answering(string preference)
    {
        for (var length = preference.Length; length > 0; length = preference.LastIndexOf('-', length - 1))
        {
            foreach (var language in Languages)
            {
                if (language.Length == length && string.Compare(language, 0, preference, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return language;
                }
            }
        }

        return null;
    }

    private IReadOnlyList<string> FindLanguages()
    {
        var languages = new List<string> { LanguageTags.English };
        foreach (var item in Items)
        {
            foreach (var translation in item.Translations)
            {
                if (!languages.Exists(l => string.Equals(l, translation.Language, StringComparison.OrdinalIgnoreCase)))
                {
                    languages.Add(translation.Language);
                }
            }
        }

        return languages.AsReadOnly();
    }
}
