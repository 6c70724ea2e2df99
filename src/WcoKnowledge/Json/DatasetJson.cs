using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace WcoKnowledge.Json;

/// <summary>
/// Reads a <see cref="DatasetDocument"/> from UTF-8 JSON with <see cref="DatasetJsonContext"/>, turning
/// System.Text.Json's <see cref="JsonException"/> into a <see cref="WcoDataException"/> that keeps its JSON path, line
/// and byte position and speaks of the dataset's members, never of the internal types they are read into.
/// </summary>
internal static class DatasetJson
{
    /// <summary>The document, or null when the whole document is the JSON literal null.</summary>
    internal static DatasetDocument? Read(Stream utf8Json, int maxDepth)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, TypeInfo(maxDepth));
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    /// <inheritdoc cref="Read"/>
    internal static async Task<DatasetDocument?> ReadAsync(Stream utf8Json, int maxDepth, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(utf8Json, TypeInfo(maxDepth), cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    // The generated context's options are fixed at compile time; another depth limit needs a context of its own.
    private static JsonTypeInfo<DatasetDocument> TypeInfo(int maxDepth) => maxDepth == WcoLoadOptions.DefaultMaxDepth
        ? DatasetJsonContext.Default.DatasetDocument
        : new DatasetJsonContext(new JsonSerializerOptions(DatasetJsonContext.Default.Options) { MaxDepth = maxDepth }).DatasetDocument;

    private static WcoDataException Malformed(JsonException e)
    {
        var path = JsonProblem.ShortPath(e.Path ?? "$");
        var line = e.LineNumber ?? 0;
        var byteInLine = e.BytePositionInLine ?? 0;
        var error = $"{path}: {JsonProblem.Describe(e)} (line {line + 1}, byte {byteInLine + 1} of the line)";
        // No inner exception: System.Text.Json's message names the internal types the dataset is read into, and
        // everything it knew about the input is kept here.
        return new WcoDataException("The dataset is not JSON of the expected shape. " + error, Array.AsReadOnly(new[] { error }))
        {
            Path = path,
            LineNumber = line,
            BytePositionInLine = byteInLine,
        };
    }
}
