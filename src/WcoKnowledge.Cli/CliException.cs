using System;
using System.Collections.Generic;

namespace WcoKnowledge.Cli;

/// <summary>
/// A failure the user can act on: <see cref="WcoCli"/> prints the message and the hints on stderr and exits with
/// <see cref="ExitCode"/>. Anything else that escapes a command is a bug and is reported as one.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException()
        : this(ExitCodes.Usage, "The command failed.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.Usage, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Usage;
        Hints = [];
    }

    public CliException(int exitCode, string message, params IReadOnlyList<string> hints)
        : base(message)
    {
        ExitCode = exitCode;
        Hints = hints;
    }

    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }

    /// <summary>Lines printed after the message: what to try instead, closest matches, the dataset's first errors.</summary>
    public IReadOnlyList<string> Hints { get; }
}
