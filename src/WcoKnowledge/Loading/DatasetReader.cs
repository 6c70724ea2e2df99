using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

/// <summary>Reads a dataset from UTF-8 JSON: enforce the limits, take the bytes in, parse them, then validate and build.</summary>
internal static class DatasetReader
{
    internal const string EmbeddedResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    // What a read of an unseekable stream starts with; it grows as needed, up to the size limit.
    private const int InitialBufferSize = 64 * 1024;

    internal static LoadedDataset Read(Stream utf8Json, WcoLoadOptions options)
    {
        var input = Prepare(utf8Json, options);
        using var buffer = new PooledBuffer(InitialCapacity(utf8Json, options));
        buffer.ReadToEnd(input);
        return Parse(buffer.Array, buffer.Length, options);
    }

    internal static async Task<LoadedDataset> ReadAsync(Stream utf8Json, WcoLoadOptions options, CancellationToken cancellationToken)
    {
        var input = Prepare(utf8Json, options);
        using var buffer = new PooledBuffer(InitialCapacity(utf8Json, options));
        await buffer.ReadToEndAsync(input, cancellationToken).ConfigureAwait(false);
        return Parse(buffer.Array, buffer.Length, options);
    }

    internal static LoadedDataset ReadEmbedded()
    {
        using var stream = typeof(DatasetReader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new WcoDataException($"The embedded dataset resource '{EmbeddedResourceName}' is missing from the WcoKnowledge assembly; the package is damaged. Reinstall it.");
        return ReadResource(stream);
    }

    /// <summary>The embedded dataset from its resource stream: read in place when the stream is over the loaded image, else copied.</summary>
    internal static LoadedDataset ReadResource(Stream stream)
    {
        try
        {
            return stream is UnmanagedMemoryStream image ? ParseInPlace(image) : ParseCopy(stream);
        }
        catch (WcoDataException e)
        {
            throw new WcoDataException($"The embedded dataset '{EmbeddedResourceName}' is invalid; the package is damaged or was built from bad data. {e.Message}", e.Errors, e);
        }
    }

    // The runtimes hand out an embedded resource as a stream over the loaded image itself, which stays mapped while the
    // assembly is loaded (the stream holds the assembly): it is parsed where it lies. Copying it first would cost a
    // 113 KB array (the compact copy that Build/CompactDataset.targets embeds), which a fresh process pays for in page
    // faults on a first answer.
    private static unsafe LoadedDataset ParseInPlace(UnmanagedMemoryStream image)
    {
        byte* start;
        try
        {
            start = image.PositionPointer;
        }
        catch (NotSupportedException)
        {
            return ParseCopy(image); // a stream over a SafeBuffer has no pointer to give; no runtime returns one today
        }

        return Build(ReadDocument(start, checked((int)(image.Length - image.Position)), WcoLoadOptions.Default));
    }

    // Any other stream, should a runtime return one (on CoreCLR and .NET Framework even an assembly loaded from bytes
    // serves its resources from unmanaged memory): one array of the resource's known length.
    private static LoadedDataset ParseCopy(Stream stream)
    {
        var json = new byte[stream.Length - stream.Position];
        var length = 0;
        int read;
        while (length < json.Length && (read = stream.Read(json, length, json.Length - length)) > 0)
        {
            length += read;
        }

        return Parse(json, length, WcoLoadOptions.Default);
    }

    // A dataset is held in one array while it is parsed, so no limit can go past 1 GiB, whatever MaxBytes says.
    private const long MaxBufferBytes = 1L << 30;

    private static Stream Prepare(Stream utf8Json, WcoLoadOptions options)
    {
        var limit = Limit(options);
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > limit)
        {
            throw SizeLimitedStream.TooLarge(limit); // refuse before reading a byte
        }

        return new SizeLimitedStream(utf8Json, limit);
    }

    private static long Limit(WcoLoadOptions options) => Math.Min(options.MaxBytes, MaxBufferBytes);

    // A seekable stream says how much is coming: one buffer of that size (and a byte to see the end), no copies.
    private static int InitialCapacity(Stream utf8Json, WcoLoadOptions options)
        => utf8Json.CanSeek ? (int)Math.Min(utf8Json.Length - utf8Json.Position, Limit(options)) + 1 : InitialBufferSize;

    private static unsafe LoadedDataset Parse(byte[] json, int length, WcoLoadOptions options)
    {
        DatasetDocument? document;

        // Pinned only while the tokenizer reads it through a pointer (see JsonTokenizer), not while the model is built.
        fixed (byte* bytes = json)
        {
            document = ReadDocument(bytes, length, options);
        }

        return Build(document);
    }

    private static unsafe DatasetDocument? ReadDocument(byte* json, int length, WcoLoadOptions options)
    {
        // A UTF-8 byte order mark is allowed, as System.Text.Json's serializer allows it.
        var start = length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF ? 3 : 0;
        try
        {
            return DatasetJsonReader.Read(json + start, length - start, options.MaxDepth);
        }
        catch (JsonFormatException e)
        {
            throw Malformed(e);
        }
    }

    private static WcoDataException Malformed(JsonFormatException e)
    {
        var path = e.Path ?? "$";
        var error = $"{path}: {e.Message} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line)";
        // No inner exception: the parser's exception type is internal, and this one carries all it knew.
        return new WcoDataException("The dataset is not JSON of the expected shape. " + error, Array.AsReadOnly(new[] { error }))
        {
            Path = path,
            LineNumber = e.LineNumber,
            BytePositionInLine = e.BytePositionInLine,
        };
    }

    private static LoadedDataset Build(DatasetDocument? document)
    {
        if (document is null)
        {
            const string error = "$: the document is the JSON literal null; expected an object.";
            throw new WcoDataException("The dataset is empty. " + error, Array.AsReadOnly(new[] { error })) { Path = "$" };
        }

        return DatasetBuilder.Build(document);
    }
}
