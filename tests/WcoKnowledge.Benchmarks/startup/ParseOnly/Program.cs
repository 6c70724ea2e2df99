using System;
using System.CommandLine;

// The command-line parsing that wco does before it needs any data, and nothing else: two commands with arguments,
// parsed and invoked by System.CommandLine, each printing a fixed line instead of an answer.
var root = new RootCommand("wco without the knowledge base");

var kind = new Argument<string>("kind");
var number = new Argument<int>("number");
var show = new Command("show", "Shows an item") { kind, number };
show.SetAction(parse => Console.WriteLine($"{parse.GetValue(kind)} {parse.GetValue(number)}: Better Coordinated Border Management"));
root.Subcommands.Add(show);

var query = new Argument<string>("query");
var search = new Command("search", "Searches the items") { query };
search.SetAction(parse => Console.WriteLine($"1. Better Coordinated Border Management ({parse.GetValue(query)})"));
root.Subcommands.Add(search);

return root.Parse(args).Invoke();
