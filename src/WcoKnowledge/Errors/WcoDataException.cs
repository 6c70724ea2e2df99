using System;
using System.Collections.Generic;

namespace WcoKnowledge;

/// <summary>
/// Thrown when a dataset cannot be loaded: malformed JSON, a missing or unknown member, a wrong value,
/// a duplicate or malformed id, a source reference that does not resolve, or a missing embedded resource.
/// </summary>
/// <remarks>
/// Derives from <see cref="FormatException"/>, the BCL exception for input that is not in the expected format. A load that throws this returns nothing: no knowledge
/// base is ever partly built, and <see cref="WcoKnowledgeBase.Default"/> is never affected by a failed
/// <see cref="WcoKnowledgeBase.Load(System.IO.Stream, WcoLoadOptions?)"/>. <see cref="Errors"/> lists every problem found (up to 100),
/// each starting with the JSON path of the offending value; for malformed JSON, <see cref="Path"/>,
/// <see cref="LineNumber"/> and <see cref="BytePositionInLine"/> say where reading stopped.
/// </remarks>
public sealed class WcoDataException : FormatException
{
    private static readonly IReadOnlyList<string> _noErrors = Array.AsReadOnly(Array.Empty<string>());

    /// <summary>Creates an exception with a generic message.</summary>
    public WcoDataException()
        : this("The WCO dataset is invalid.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">What is wrong with the dataset.</param>
    public WcoDataException(string message)
        : base(message)
    {
        Errors = _noErrors;
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the dataset.</param>
    /// <param name="innerException">The cause, for example the <see cref="System.IO.IOException"/> of a failed read.</param>
    public WcoDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = _noErrors;
    }

    internal WcoDataException(string message, IReadOnlyList<string> errors, Exception? innerException = null)
        : base(message, innerException)
    {
        Errors = errors;
    }

    /// <summary>Each problem found, as a sentence that starts with the JSON path where known; empty when the message says it all. Read-only.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>For malformed JSON, the JSON path where reading stopped (for example <c>$.pillars[3].title</c>); otherwise <see langword="null"/> (each entry of <see cref="Errors"/> then starts with its own path).</summary>
    public string? Path { get; internal init; }

    /// <summary>For malformed JSON, the zero-based line where reading stopped; otherwise <see langword="null"/>.</summary>
    public long? LineNumber { get; internal init; }

    /// <summary>For malformed JSON, the zero-based byte position within <see cref="LineNumber"/> where reading stopped; otherwise <see langword="null"/>.</summary>
    public long? BytePositionInLine { get; internal init; }
}
