using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WcoKnowledge.Cli.Knowledge;

/// <summary>Gives the knowledge base a command runs against: the embedded one, or a <c>--data</c> file through the library's validating loader.</summary>
internal static class DatasetLoader
{
    /// <summary>How many of a bad dataset's errors are printed before "and N more".</summary>
    public const int ErrorsShown = 5;

    /// <exception cref="CliException">Exit code 3: the file is missing, unreadable or not a valid dataset.</exception>
    public static IWcoKnowledgeBase Load(string? path)
    {
        if (path is null)
        {
            return WcoKnowledgeBase.Default;
        }

        if (path.Length == 0 || Directory.Exists(path))
        {
            throw new CliException(ExitCodes.BadDataset, $"--data needs a dataset file; '{path}' is not a file.", FormatHint);
        }

        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.BadDataset, $"The dataset file '{path}' does not exist.", FormatHint);
        }

        try
        {
            using var stream = File.OpenRead(path);
            return WcoKnowledgeBase.Load(stream);
        }
        catch (WcoDataException e)
        {
            var hints = new List<string>(e.Errors.Take(ErrorsShown).Select(error => "  " + error));
            if (e.Errors.Count > ErrorsShown)
            {
                hints.Add($"  ... and {e.Errors.Count - ErrorsShown} more.");
            }

            hints.Add(FormatHint);
            throw new CliException(ExitCodes.BadDataset, $"The dataset '{path}' is not valid: {e.Message}", hints);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadDataset, $"The dataset file '{path}' cannot be read: {e.Message}", FormatHint);
        }
    }

    private const string FormatHint = "The dataset format is described in src/WcoKnowledge/Data/README.md of the WcoKnowledge repository; without --data, wco uses its built-in dataset.";
}
