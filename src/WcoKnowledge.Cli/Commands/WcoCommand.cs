using System.Collections.Generic;
using System.CommandLine;

namespace WcoKnowledge.Cli.Commands;

/// <summary>A command with the examples its <c>--help</c> ends with.</summary>
internal sealed class WcoCommand(string name, string description, IReadOnlyList<Example> examples) : Command(name, description)
{
    public IReadOnlyList<Example> Examples { get; } = examples;
}

/// <summary>One line of a command's help examples: what to type and what it does.</summary>
internal sealed record Example(string CommandLine, string What);
