using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

/// <summary>Reads a dataset from UTF-8 JSON: enforce the size limit, parse with System.Text.Json, then validate and build.</summary>
internal static class DatasetReader
{
    internal const string EmbeddedResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    internal static LoadedDataset Read(Stream utf8Json, WcoLoadOptions options)
    {
        var input = Limited(utf8Json, options);
        var bytes = Buffer(utf8Json);
        input.CopyTo(bytes);
        return Parse(bytes, options);
    }

    internal static async Task<LoadedDataset> ReadAsync(Stream utf8Json, WcoLoadOptions options, CancellationToken cancellationToken)
    {
        var input = Limited(utf8Json, options);
        var bytes = Buffer(utf8Json);
        await input.CopyToAsync(bytes, 81920, cancellationToken).ConfigureAwait(false);
        return Parse(bytes, options);
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

    // The one size limit: a stream that says it is too long is refused before a byte is read; any other stream is cut
    // off as soon as it delivers more than the limit, so an oversized dataset is never buffered whole.
    private static Stream Limited(Stream utf8Json, WcoLoadOptions options)
    {
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > options.MaxBytes)
        {
            throw SizeLimitedStream.TooLarge(options.MaxBytes);
        }

        return new SizeLimitedStream(utf8Json, options.MaxBytes);
    }

    // The reader takes the document whole; a stream that knows its length gets a buffer of that size (it is within the
    // limit: Limited checked), so it is read without copies. One byte more, so the end is seen without growing it.
    private static MemoryStream Buffer(Stream utf8Json)
        => new(utf8Json.CanSeek ? (int)Math.Min(utf8Json.Length - utf8Json.Position + 1, int.MaxValue) : 0);

    private static LoadedDataset Parse(MemoryStream bytes, WcoLoadOptions options)
    {
        var document = DatasetJson.Read(new ReadOnlySpan<byte>(bytes.GetBuffer(), 0, (int)bytes.Length), options.MaxDepth);
        if (document is null)
        {
            const string error = "$: the document is the JSON literal null; expected an object.";
            throw new WcoDataException("The dataset is empty. " + error, Array.AsReadOnly(new[] { error })) { Path = "$" };
        }

        return DatasetBuilder.Build(document);
    }
}
