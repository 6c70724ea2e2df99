using System;
using System.Buffers;
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
        if (!utf8Json.CanSeek)
        {
            var copy = new MemoryStream();
            input.CopyTo(copy);
            return Parse(copy.GetBuffer(), (int)copy.Length, options);
        }

        // A stream that knows its length (a file, the embedded resource) is read into one array of that size, rented
        // from the shared pool: a dataset is larger than the large-object threshold, so a fresh array per load would be
        // freed only by full collections. The model keeps no reference to it.
        var buffer = ArrayPool<byte>.Shared.Rent(KnownLength(utf8Json) + 1);
        try
        {
            int read, length = 0;
            while (length < buffer.Length && (read = input.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return length < buffer.Length ? Parse(buffer, length, options) : ReadOn(input, buffer, length, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static async Task<LoadedDataset> ReadAsync(Stream utf8Json, WcoLoadOptions options, CancellationToken cancellationToken)
    {
        var input = Limited(utf8Json, options);
        if (!utf8Json.CanSeek)
        {
            var copy = new MemoryStream();
            await input.CopyToAsync(copy, 81920, cancellationToken).ConfigureAwait(false);
            return Parse(copy.GetBuffer(), (int)copy.Length, options);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(KnownLength(utf8Json) + 1);
        try
        {
            int read, length = 0;
#if NET
            while (length < buffer.Length && (read = await input.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
#else
            while (length < buffer.Length && (read = await input.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
#endif
            {
                length += read;
            }

            return length < buffer.Length ? Parse(buffer, length, options) : ReadOn(input, buffer, length, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

    // Within int range: Limited refused anything over the limit, and an array cannot be larger.
    private static int KnownLength(Stream utf8Json) => (int)Math.Min(utf8Json.Length - utf8Json.Position, int.MaxValue - 1);

    // The stream grew past the length it gave: the rest is read into a growing copy.
    private static LoadedDataset ReadOn(Stream input, byte[] start, int length, WcoLoadOptions options)
    {
        var copy = new MemoryStream();
        copy.Write(start, 0, length);
        input.CopyTo(copy);
        return Parse(copy.GetBuffer(), (int)copy.Length, options);
    }

    private static LoadedDataset Parse(byte[] bytes, int length, WcoLoadOptions options)
    {
        var document = DatasetJson.Read(new ReadOnlySpan<byte>(bytes, 0, length), options.MaxDepth);
        if (document is null)
        {
            const string error = "$: the document is the JSON literal null; expected an object.";
            throw new WcoDataException("The dataset is empty. " + error, Array.AsReadOnly(new[] { error })) { Path = "$" };
        }

        return DatasetBuilder.Build(document);
    }
}
