using System;
using WcoKnowledge;

// What a CLI or serverless user feels: start, load the embedded knowledge base, print a first answer, exit. With the
// argument "search" (measure-tool.sh), the first answer is a search's top hit instead, so the index is built too.
var kb = WcoKnowledgeBase.Default;
if (args.Length > 0 && args[0] == "search")
{
    Console.WriteLine(kb.Search("border management")[0].Item.Title);
    return;
}

Console.WriteLine(kb.Organization.CurrentMembership);
Console.WriteLine(kb.GetPillar(2).Title);
