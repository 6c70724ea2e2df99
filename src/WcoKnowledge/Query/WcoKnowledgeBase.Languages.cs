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

            var languages = Languages;
            var at = LanguageTags.Answering(languages, static language => language, preference);
            if (at >= 0)
            {
                return new LanguageChoice(languages[at], preference);
            }
        }

        return new LanguageChoice(LanguageTags.English, firstTag ?? LanguageTags.English);
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
