using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using WcoKnowledge;

// Every query below, with and without a kind filter, and each hit as id:score:field:matched text, one query a line.
// The queries come from the built-in dataset itself (titles, aliases, their words, prefixes, typos, random pairs and
// triples with a fixed seed) plus a few fixed ones, so two checkouts with the same dataset ask the same questions.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: SearchSnapshot <output file>");
    return 2;
}

var kb = WcoKnowledgeBase.Default;
var queries = new List<string>();
var words = new List<string>();
foreach (var item in kb.Items)
{
    queries.Add(item.Title);
    queries.AddRange(item.Aliases);
    foreach (var text in item.Aliases.Append(item.Title).Append(item.Summary))
    {
        words.AddRange(text.Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
    }
}

words = words.Distinct(StringComparer.Ordinal).ToList();
queries.AddRange(words);
foreach (var word in words)
{
    if (word.Length > 3)
    {
        queries.Add(word[..^2]); // being typed
    }

    if (word.Length > 5)
    {
        queries.Add(word.Remove(2, 1)); // one typo
    }

    if (word.Length > 9)
    {
        queries.Add(word.Remove(2, 1).Remove(5, 1)); // two typos
    }
}

var random = new Random(7);
string AnyWord() => words[random.Next(words.Count)];
for (var i = 0; i < 3000; i++)
{
    queries.Add($"{AnyWord()} {AnyWord()}");
}

for (var i = 0; i < 1000; i++)
{
    queries.Add($"{AnyWord()}-{AnyWord()} {AnyWord().ToUpperInvariant()}");
}

queries.AddRange(["Co-operation", "cooperation", "co operation", "Conseil de coopération douanière", "border management",
    "kyoto", "harmonised", "revenue", "e\u0301tat", "\uFF21\uFF25\uFF2F", ""]);

var memberFilter = new SearchOptions { Kind = KnowledgeKind.Member, Limit = 5 };
var output = new StringBuilder();
foreach (var query in queries)
{
    foreach (var options in new[] { null, memberFilter })
    {
        output.Append(query).Append(" =>");
        foreach (var hit in kb.Search(query, options))
        {
            output.Append(' ').Append(hit.Item.Id)
                .Append(':').Append(hit.Score.ToString("R", CultureInfo.InvariantCulture))
                .Append(':').Append(hit.Field)
                .Append(':').Append(hit.MatchedText);
        }

        output.Append('\n');
    }
}

File.WriteAllText(args[0], output.ToString());
Console.WriteLine($"{queries.Count * 2} results written to {args[0]}");
return 0;
