using System;

namespace WcoKnowledge.Json;

/// <summary>
/// Reads a <see cref="DatasetDocument"/> from the UTF-8 bytes of a whole dataset file with <see cref="DatasetJsonReader"/>,
/// turning what it finds into a <see cref="WcoDataException"/> that keeps the JSON path, line and byte position.
/// </summary>
internal static class DatasetJson
{
    /// <summary>The document, or null when the whole document is the JSON literal null.</summary>
    /// <exception cref="WcoDataException">The bytes are not JSON, or not JSON of the dataset's shape.</exception>
    internal static DatasetDocument? Read(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // A UTF-8 byte order mark is allowed, as System.Text.Json's serializer allows it; positions count from after it.
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        try
        {
            return DatasetJsonReader.Read(utf8Json, maxDepth);
        }
        catch (JsonFormatException e)
        {
            var error = $"{e.Path}: {e.Message} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line)";
            // No inner exception: the reader's exception type is internal, and this one carries all it knew.
            throw new WcoDataException("The dataset is not JSON of the expected shape. " + error, Array.AsReadOnly(new[] { error }))
            {
                Path = e.Path,
                LineNumber = e.LineNumber,
                BytePositionInLine = e.BytePositionInLine,
            };
        }
    }
}
