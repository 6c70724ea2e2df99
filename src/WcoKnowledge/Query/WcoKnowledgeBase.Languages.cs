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
    public string ChooseLanguage(IEnumerable<string> preferences)
    {
        Preconditions.CheckNotNull(preferences, nameof(preferences));
        foreach (var preference in preferences)
        {
            if (preference == "*" || LanguageTags.IsEnglish(preference))
            {
                return LanguageTags.English;
            }

            if (!LanguageTags.IsWellFormed(preference))
            {
                continue;
            }

            // The most specific available language that the preference falls back to (fr-CH → fr).
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
        }

        return LanguageTags.English;
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
