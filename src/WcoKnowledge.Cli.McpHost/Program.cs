using System;
using System.IO;
using System.Text;
using System.Threading;
using WcoKnowledge;
using WcoKnowledge.Mcp;

// wco-mcp [--data <file>]: the MCP server of the NativeAOT wco tool (the project file says why it is a program of its
// own). `wco mcp` has already parsed the command line and validated the dataset with the loader every command uses,
// then replaced itself with this program, so the arguments are known to be well-formed; a file that changed in
// between still gets the same exit code, 3.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
IWcoKnowledgeBase knowledgeBase = WcoKnowledgeBase.Default;
if (args is ["--data", var path])
{
    try
    {
        using var file = File.OpenRead(path);
        knowledgeBase = WcoKnowledgeBase.Load(file);
    }
    catch (Exception e) when (e is WcoDataException or IOException or UnauthorizedAccessException)
    {
        Console.Error.Write($"wco: The dataset '{path}' cannot be used: {e.Message}\n");
        return 3;
    }
}
else if (args.Length != 0)
{
    Console.Error.Write("wco-mcp: started by 'wco mcp'; run that instead (usage: wco mcp [--data <file>]).\n");
    return 2;
}

using var stop = new CancellationTokenSource();
// Ctrl+C in a terminal stops the server cleanly instead of killing it mid-message.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
await WcoMcpStdioServer.RunAsync(knowledgeBase, Console.Error, stop.Token);
return 0;
