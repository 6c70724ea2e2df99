namespace WcoKnowledge.Cli;

/// <summary>The process exit codes of <c>wco</c>; documented in the README, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>What was asked for does not exist: an unknown id or number, a search with no hits, no figure on a date.</summary>
    public const int NotFound = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed value, an unwritable output file.</summary>
    public const int Usage = 2;

    /// <summary>The dataset given with <c>--data</c> is missing, unreadable or invalid.</summary>
    public const int BadDataset = 3;

    /// <summary>The installation is incomplete: <c>wco mcp</c> of the NativeAOT tool cannot start its server program, <c>wco-mcp</c>.</summary>
    public const int BrokenInstall = 4;
}
