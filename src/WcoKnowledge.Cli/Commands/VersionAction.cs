using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace WcoKnowledge.Cli.Commands;

/// <summary>
/// <c>--version</c>: the tool's version and the dataset's. System.CommandLine's own version action reads the entry
/// assembly, which is the test host when the tool runs in-process; this reads the tool's assembly.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        parseResult.InvocationConfiguration.Output.Write($"{version} (built-in dataset {WcoKnowledgeBase.Default.DataVersion})\n");
        return ExitCodes.Ok;
    }
}
