using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

/// <summary>Reads a dataset from UTF-8 JSON: enforce the limits, parse with the generated context, then validate and build.</summary>
internal static class DatasetReader
{
    internal const string EmbeddedResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    internal static LoadedDataset Read(Stream utf8Json, WcoLoadOptions options)
    {
        var (stream, typeInfo) = Prepare(utf8Json, options);
        DatasetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(stream, typeInfo);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        return Build(document);
    }

    internal static async Task<LoadedDataset> ReadAsync(Stream utf8Json, WcoLoadOptions options, CancellationToken cancellationToken)
    {
        var (stream, typeInfo) = Prepare(utf8Json, options);
        DatasetDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        return Build(document);
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

    private static (Stream Stream, JsonTypeInfo<DatasetDocument> TypeInfo) Prepare(Stream utf8Json, WcoLoadOptions options)
    {
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > options.MaxBytes)
        {
            throw SizeLimitedStream.TooLarge(options.MaxBytes); // refuse before reading a byte
        }

        // The generated context's options are fixed at compile time; another depth limit needs its own context.
        var typeInfo = options.MaxDepth == WcoLoadOptions.DefaultMaxDepth
            ? WcoJsonContext.Default.DatasetDocument
            : new WcoJsonContext(new JsonSerializerOptions(WcoJsonContext.Default.Options) { MaxDepth = options.MaxDepth }).DatasetDocument;
        return (new SizeLimitedStream(utf8Json, options.MaxBytes), typeInfo);
    }

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
