using System;

namespace WcoKnowledge.Json;

/// <summary>
/// Input that is not JSON, or not JSON of the dataset's shape, found by <see cref="JsonCursor"/>; the loader turns it
/// into a <c>WcoDataException</c> with the same path and position.
/// </summary>
internal sealed class JsonFormatException : Exception
{
    internal JsonFormatException(string problem, long lineNumber, long bytePositionInLine, string path)
        : base(problem)
    {
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Path = path;
    }

    /// <summary>The JSON path of the token where the problem was found.</summary>
    internal string Path { get; }

    /// <summary>Zero-based line of the problem.</summary>
    internal long LineNumber { get; }

    /// <summary>Zero-based byte offset of the problem within its line.</summary>
    internal long BytePositionInLine { get; }
}
