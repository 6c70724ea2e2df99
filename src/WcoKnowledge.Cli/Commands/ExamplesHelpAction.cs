using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using WcoKnowledge.Cli.Output;

namespace WcoKnowledge.Cli.Commands;

/// <summary>
/// <c>--help</c>: System.CommandLine's help, 80 columns wide, followed by the command's examples (its help
/// builder is not public in 2.0, so the examples are written after it rather than as a layout section).
/// </summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help = new() { MaxWidth = TextLayout.Width };

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var result = _help.Invoke(parseResult);
        if (parseResult.CommandResult.Command is WcoCommand { Examples.Count: > 0 } command)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.Write("Examples:\n");
            var width = command.Examples.Max(example => example.CommandLine.Length);
            // Two aligned columns when every example fits on one line; otherwise each explanation under its command.
            var columns = command.Examples.All(example => 2 + width + 2 + example.What.Length <= TextLayout.Width);
            foreach (var example in command.Examples)
            {
                if (columns)
                {
                    output.Write($"  {example.CommandLine.PadRight(width)}  {example.What}\n");
                }
                else
                {
                    output.Write($"  {example.CommandLine}\n");
                    foreach (var line in TextLayout.Wrap(example.What, "      "))
                    {
                        output.Write(line + "\n");
                    }
                }
            }

            output.Write("\n");
        }

        return result;
    }
}
