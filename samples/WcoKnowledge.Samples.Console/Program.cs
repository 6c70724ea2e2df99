using System;
using WcoKnowledge;
using WcoKnowledge.Samples.Console;

// What a new user runs first: an overview of the WCO knowledge base, one item with its sources, or a list.
//   (no arguments)     overview
//   show <id>          one item, e.g. show pillar-integrity
//   show <kind> <n>    a numbered item, e.g. show pillar 8
//   list <kind>        every item of a kind, e.g. list objectives
//   search <text>      ranked search, e.g. search database of goods
// Any of these after --lang <tag> prints titles in that language where the knowledge base has them (French: every
// Member and many other items), e.g. --lang fr show member-germany.
var kb = WcoKnowledgeBase.Default;
var language = LanguageTags.English;
if (args is ["--lang", var tag, .. var rest])
{
    if (!LanguageTags.IsWellFormed(tag))
    {
        Console.Error.WriteLine($"'{tag}' is not a language tag: use one such as fr or fr-CA. Titles exist in {string.Join(", ", kb.Languages)}.");
        return 2;
    }

    (language, args) = (tag, rest);
}

var printer = new Printer(Console.Out, language);

switch (args)
{
    case []:
        printer.Overview(kb);
        return 0;
    case ["show", var id]:
        if (kb.TryGetItem(id, out var item))
        {
            printer.Item(item);
            return 0;
        }

        Console.Error.WriteLine($"No item has the id '{id}'. Try 'list <kind>' to see ids, e.g. 'list pillars'.");
        return 1;
    case ["show", var kindName, var numberText] when int.TryParse(numberText, out var number):
        if (!KnowledgeKinds.TryParse(kindName, out var numberedKind)
            || numberedKind is not (KnowledgeKind.Objective or KnowledgeKind.Pillar or KnowledgeKind.Region))
        {
            Console.Error.WriteLine($"'{kindName}' is not numbered; objectives, pillars and regions are.");
            return 2;
        }

        IKnowledgeItem? numbered = numberedKind switch
        {
            KnowledgeKind.Pillar when kb.TryGetPillar(number, out var pillar) => pillar,
            KnowledgeKind.Objective when kb.TryGetObjective(number, out var objective) => objective,
            KnowledgeKind.Region when kb.TryGetRegion(number, out var region) => region,
            _ => null,
        };
        if (numbered is null)
        {
            Console.Error.WriteLine(kb.ExplainNotFound(numberedKind, number)); // the library's words, which give the valid range
            return 1;
        }

        printer.Item(numbered);
        return 0;
    case ["list", var kindText]:
        if (!KnowledgeKinds.TryParse(kindText, out var kind))
        {
            Console.Error.WriteLine($"Unknown kind '{kindText}'. Kinds: {string.Join(", ", System.Linq.Enumerable.Select(KnowledgeKinds.All, KnowledgeKinds.PluralName))}.");
            return 2;
        }

        printer.List(kb.GetItems(kind));
        return 0;
    case ["search", .. var words] when words.Length > 0:
        var hits = kb.Search(string.Join(" ", words));
        if (hits.Count == 0)
        {
            Console.Error.WriteLine($"Nothing matches '{string.Join(" ", words)}'.");
            return 1;
        }

        printer.Hits(hits);
        return 0;
    default:
        Console.Error.WriteLine("Usage: [--lang <tag>] (no arguments) | show <id> | show <pillar|objective|region> <number> | list <kind> | search <text>");
        return 2;
}
