using System;
using WcoKnowledge;

// What a CLI or serverless user feels: start, load the embedded knowledge base, print a first answer, exit.
var kb = WcoKnowledgeBase.Default;
Console.WriteLine(kb.Organization.CurrentMembership);
Console.WriteLine(kb.GetPillar(2).Title);
