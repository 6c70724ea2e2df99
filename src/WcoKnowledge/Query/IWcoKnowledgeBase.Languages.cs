using System.Collections.Generic;

namespace WcoKnowledge;

// The languages the knowledge base answers in, and the choice of one from a user's preferences.
public partial interface IWcoKnowledgeBase
{
    /// <summary>
    /// The languages the knowledge base has titles in: <c>en</c> (every item) first, then each language any translation
    /// is in, in the order first met in the dataset (<c>fr</c> today). Read-only.
    /// </summary>
    IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// The language to answer in for a user's preferences, most preferred first (an HTTP <c>Accept-Language</c> header's
    /// tags sorted by quality, say): the first preference that one of <see cref="Languages"/> answers, with the fallback
    /// of <see cref="LanguageTags"/> (<c>fr-CH</c> is answered by <c>fr</c>); <c>*</c> and English are answered by
    /// <c>en</c>. Tags that are not well-formed are skipped, since preferences usually come from outside the program.
    /// </summary>
    /// <param name="preferences">Language tags, most preferred first; may be empty.</param>
    /// <returns>
    /// The chosen language (<see cref="LanguageChoice.Language"/>, <c>en</c> when no preference is answered) and the tag
    /// to ask titles in (<see cref="LanguageChoice.Tag"/>), which makes them report a fallback to English.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="preferences"/> is <see langword="null"/>.</exception>
    LanguageChoice ChooseLanguage(IEnumerable<string> preferences);
}
