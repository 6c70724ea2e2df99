using System;
using WcoKnowledge;
using WcoKnowledge.Samples.Console;

// What a new user runs first: an overview of the WCO knowledge base, one item with its sources, or a list.
//   (no arguments)     overview
//   show <id>          one item, e.g. show pillar-integrity
//   show <kind> <n>    a numbered item, e.g. show pillar 8
//   list <kind>        every item of a kind, e.g. list objectives
//   search <text>      ranked search, e.g. search database of goods
var kb = WcoKnowledgeBase.Default;
var printer = new Printer(Console.Out);

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
        IKnowledgeItem? numbered = KnowledgeKinds.TryParse(kindName, out var numberedKind) switch
        {
            true when numberedKind == KnowledgeKind.Pillar && kb.TryGetPillar(number, out var pillar) => pillar,
            true when numberedKind == KnowledgeKind.Objective && kb.TryGetObjective(number, out var objective) => objective,
            _ => null,
        };
        if (numbered is null)
        {
            Console.Error.WriteLine($"No {kindName} number {number}. Objectives are numbered 1 to {kb.Objectives.Count}, pillars 1 to {kb.Pillars.Count}.");
            return 1;
        }

        printer.Item(numbered);
        return 0;
    case ["list", var kindText]:
        if (!KnowledgeKinds.TryParse(kindText, out var kind))
        {
            Console.Error.WriteLine($"Unknown kind '{kindText}'. Kinds: {string.Join(", ", KnowledgeKinds.All)}.");
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
        Console.Error.WriteLine("Usage: (no arguments) | show <id> | show <pillar|objective> <number> | list <kind> | search <text>");
        return 2;
}
