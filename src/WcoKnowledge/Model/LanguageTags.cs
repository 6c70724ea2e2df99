using System;
using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>
/// The library's one rule for language tags: which tags are accepted, and which translation answers a tag. Works on
/// tag strings alone, so it runs where cultures cannot be created (an app published with
/// <c>InvariantGlobalization</c>, such as the NativeAOT <c>wco</c> tool, where <c>new CultureInfo("fr")</c> throws).
/// </summary>
/// <remarks>
/// <para>A tag is BCP 47 in form: subtags of letters and digits, 1 to 8 characters each, separated by hyphens, the first
/// of 2 to 8 letters (<c>fr</c>, <c>fr-CA</c>, <c>zh-Hant-HK</c>). Case does not matter. Underscores (<c>fr_CA</c>) are
/// not accepted: they are not BCP 47.</para>
/// <para>Matching falls back as .NET resources do: the whole tag, then the tag without its last subtag, and so on
/// (<c>fr-CA</c> → <c>fr</c>), then English, the language of every item's own title. Stateless and thread-safe.</para>
/// </remarks>
public static class LanguageTags
{
    /// <summary>The tag of the dataset's own language, English (<c>en</c>): every item's <see cref="IKnowledgeItem.Title"/> is in it.</summary>
    public const string English = "en";

    /// <summary>Whether <paramref name="tag"/> is a well-formed language tag (see the remarks on the type).</summary>
    /// <param name="tag">The tag to check; <see langword="null"/> is not well-formed.</param>
    /// <returns>True for a tag such as <c>fr</c> or <c>fr-CA</c>.</returns>
    public static bool IsWellFormed(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag!.Length > 64)
        {
            return false;
        }

        var subtag = 0;
        var length = 0;
        var lettersOnly = true;
        foreach (var c in tag)
        {
            if (c == '-')
            {
                if (!SubtagIsGood(subtag, length, lettersOnly))
                {
                    return false;
                }

                (subtag, length, lettersOnly) = (subtag + 1, 0, true);
                continue;
            }

            var letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            if (!letter && c is not (>= '0' and <= '9'))
            {
                return false;
            }

            lettersOnly &= letter;
            length++;
        }

        return SubtagIsGood(subtag, length, lettersOnly);
    }

    /// <summary>Whether <paramref name="tag"/> names English (<c>en</c> or an English variant such as <c>en-GB</c>).</summary>
    /// <param name="tag">A language tag, or <see langword="null"/> (not English).</param>
    /// <returns>True when the tag's language subtag is <c>en</c>.</returns>
    public static bool IsEnglish(string? tag)
        => tag is not null
           && tag.StartsWith(English, StringComparison.OrdinalIgnoreCase)
           && (tag.Length == English.Length || tag[English.Length] == '-');

    /// <summary>
    /// The tags tried for <paramref name="tag"/>, most specific first: <c>fr-Latn-CA</c>, <c>fr-Latn</c>, <c>fr</c>.
    /// English comes after these as the last resort, and is not listed.
    /// </summary>
    /// <param name="tag">A well-formed language tag.</param>
    /// <returns>The fallback chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not well-formed.</exception>
    public static IReadOnlyList<string> FallbackChain(string tag)
    {
        Check(tag, nameof(tag));
        var chain = new List<string> { tag };
        for (var end = tag.LastIndexOf('-'); end > 0; end = tag.LastIndexOf('-', end - 1))
        {
            chain.Add(tag.Substring(0, end));
        }

        return chain.AsReadOnly();
    }

    /// <summary>Throws the documented exceptions for a tag that is null or not well-formed.</summary>
    internal static void Check(string tag, string parameterName)
    {
        if (tag is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (!IsWellFormed(tag))
        {
            throw new ArgumentException(
                $"'{MessageText.Shorten(tag, 40)}' is not a language tag: use a BCP 47 tag such as 'fr' or 'fr-CA' (letters and digits, subtags separated by hyphens).",
                parameterName);
        }
    }

    /// <summary>
    /// The translation of <paramref name="translations"/> that answers <paramref name="tag"/> (the rule of <c>Answering</c> below);
    /// <see langword="null"/> when none does or English is asked for.
    /// </summary>
    internal static Translation? Match(IReadOnlyList<Translation> translations, string tag)
    {
        if (translations.Count == 0 || IsEnglish(tag))
        {
            return null;
        }

        var at = Answering(translations, static translation => translation.Language, tag);
        return at < 0 ? null : translations[at];
    }

    /// <summary>
    /// The one fallback rule: the index of the candidate whose language equals the longest tag of <paramref name="tag"/>'s
    /// fallback chain (the tag, then without its last subtag, and so on), ignoring case; -1 when none does. Walks the
    /// chain in place and allocates nothing (the selector is a static lambda, and an index loop needs no enumerator).
    /// </summary>
    internal static int Answering<T>(IReadOnlyList<T> candidates, Func<T, string> languageOf, string tag)
    {
        for (var length = tag.Length; length > 0; length = tag.LastIndexOf('-', length - 1))
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                var language = languageOf(candidates[i]);
                if (language.Length == length && string.Compare(language, 0, tag, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The text in <paramref name="language"/>: the translation that answers it, else <paramref name="original"/> (English).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not well-formed.</exception>
    internal static LocalizedText Localize(IReadOnlyList<Translation> translations, string original, string language)
    {
        Check(language, nameof(language));
        var translation = Match(translations, language);
        return new LocalizedText(translation?.Title ?? original, language, translation);
    }

    private static bool SubtagIsGood(int index, int length, bool lettersOnly)
        => index == 0 ? length is >= 2 and <= 8 && lettersOnly : length is >= 1 and <= 8;
}
