using System;
using System.IO;
using System.Text.Json;
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
        var buffer = new MemoryStream(InitialCapacity(utf8Json, options));
        input.CopyTo(buffer);
        return Parse(buffer, options);
    }

    internal static async Task<LoadedDataset> ReadAsync(Stream utf8Json, WcoLoadOptions options, CancellationToken cancellationToken)
    {
        var input = Prepare(utf8Json, options);
        var buffer = new MemoryStream(InitialCapacity(utf8Json, options));
        await input.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return Parse(buffer, options);
    }

    internal static LoadedDataset ReadEmbedded()
    {
        using var stream = typeof(DatasetReader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new WcoDataException($"The embedded dataset resource '{EmbeddedResourceName}' is missing from the WcoKnowledge assembly; the package is damaged. Reinstall it.");
        try
        {
            return Read(stream, WcoLoadOptions.Default);
        }
        catch (WcoDataException e)
        {
            throw new WcoDataException($"The embedded dataset '{EmbeddedResourceName}' is invalid; the package is damaged or was built from bad data. {e.Message}", e.Errors, e);
        }
    }

    private static Stream Prepare(Stream utf8Json, WcoLoadOptions options)
    {
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > options.MaxBytes)
        {
            throw SizeLimitedStream.TooLarge(options.MaxBytes); // refuse before reading a byte
        }

        return new SizeLimitedStream(utf8Json, options.MaxBytes);
    }

    // A seekable stream says how much is coming (the embedded resource does): one buffer of that size, no copies.
    private static int InitialCapacity(Stream utf8Json, WcoLoadOptions options)
        => utf8Json.CanSeek ? (int)Math.Min(utf8Json.Length - utf8Json.Position, options.MaxBytes) + 1 : InitialBufferSize;

    private static LoadedDataset Parse(MemoryStream buffer, WcoLoadOptions options)
    {
        var json = new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (json.StartsWith(Utf8Bom))
        {
            json = json.Slice(Utf8Bom.Length); // allowed, as System.Text.Json's serializer allows it
        }

        DatasetDocument? document;
        try
        {
            document = DatasetJsonReader.Read(json, options.MaxDepth);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        return Build(document);
    }

    private static ReadOnlySpan<byte> Utf8Bom => new byte[] { 0xEF, 0xBB, 0xBF };

    private static WcoDataException Malformed(JsonException e)
    {
        // STJ's message already names the JSON path, line and byte position; they are also kept as properties.
        var error = $"{e.Path ?? "$"}: {e.Message}";
        return new WcoDataException("The dataset is not JSON of the expected shape. " + error, Array.AsReadOnly(new[] { error }), e)
        {
            Path = e.Path ?? "$",
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
