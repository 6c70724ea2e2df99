using System;

namespace WcoKnowledge.Search;

// How the whole query compares with an item's titles and aliases: phrase bonuses, coverage, and the stemmed,
// stop-word-free forms both sides are compared in.
internal sealed partial class SearchIndex
{
    // Whole query equal to the title or an alias: +1; standing in one as a phrase (2+ words): +0.5.
    private float PhraseBonus(int item, ReadOnlySpan<char> folded, int wordCount, ref QueryState state)
    {
        var phrases = _phrases[item];
        var bonus = 0f;
        for (var p = 0; p < phrases.Length; p++)
        {
            var phrase = phrases[p].AsSpan();
            if (phrase.SequenceEqual(folded))
            {
                state.Best[item] = p == 0 ? -1 : p;
                return 1f;
            }

            if (bonus == 0 && wordCount >= 2 && ContainsWords(phrase, folded))
            {
                bonus = 0.5f;
                state.Best[item] = p == 0 ? -1 : p;
            }
        }

        // The whole query (2+ words) standing as a phrase in the summary: +0.25 ("Harmonized System Committee").
        if (bonus == 0 && wordCount >= 2 && ContainsWords(_summaries[item].AsSpan(), folded))
        {
            bonus = 0.25f;
        }

        return bonus;
    }

    // How the seed text names a kind whose items' titles do not ("The strategic objective of the WCO", "The main
    // role of Customs", "WCO principles"), indexed for every item of that kind at nearly a title's weight.
    private static string? KindLabel(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Objective => "strategic objective goal",
        KnowledgeKind.Role => "main role",
        KnowledgeKind.Value => "principle",
        KnowledgeKind.SecretaryGeneral => "secretary general",
        KnowledgeKind.Region => "region",
        KnowledgeKind.StrategicPlan => "strategic plan",
        _ => null,
    };

    // Among items that match alike, the one whose title or alias the query covers more fully is the closer
    // answer: "Kyoto" is more of "Kyoto Convention" than of "Revised Kyoto Convention Management Committee".
    // A query word counts when a word of the title or alias starts with it, so a half-typed word counts too.
    private float Coverage(int item, ReadOnlySpan<char> stemmedQuery)
    {
        var best = 0f;
        foreach (var phrase in _phrases[item])
        {
            var covered = 0;
            var rest = stemmedQuery;
            while (rest.Length > 0)
            {
                var space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest.Slice(0, space);
                rest = space < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(space + 1);
                if (word.Length > 0 && !StopWords.Contains(word) && HasWordStartingWith(phrase.AsSpan(), word))
                {
                    covered++;
                }
            }

            best = Math.Max(best, Math.Min(1f, (float)covered / WordCount(phrase)));
        }

        return CoverageWeight * best;
    }

    // The words of a phrase, which separates them with single spaces (an empty phrase counts as one word).
    private static int WordCount(string phrase)
    {
        var words = 1;
        foreach (var c in phrase)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words;
    }

    private static bool HasWordStartingWith(ReadOnlySpan<char> phrase, ReadOnlySpan<char> word)
    {
        for (var at = phrase.IndexOf(word); at >= 0;)
        {
            if (at == 0 || phrase[at - 1] == ' ')
            {
                return true;
            }

            var next = phrase.Slice(at + 1).IndexOf(word);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool ContainsWords(ReadOnlySpan<char> phrase, ReadOnlySpan<char> words)
    {
        var at = phrase.IndexOf(words);
        return at >= 0
            && (at == 0 || phrase[at - 1] == ' ')
            && (at + words.Length == phrase.Length || phrase[at + words.Length] == ' ');
    }
}
