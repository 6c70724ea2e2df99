using System;
using System.IO;
using System.Text.Json;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

/// <summary>Reads a dataset from UTF-8 JSON: parse with the generated context, then validate and build.</summary>
internal static class DatasetReader
{
    internal const string EmbeddedResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    internal static LoadedDataset Read(Stream utf8Json)
    {
        DatasetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, WcoJsonContext.Default.DatasetDocument);
        }
        catch (JsonException e)
        {
            // STJ's message already carries the JSON path, line and byte position.
            var error = $"{e.Path ?? "$"}: {e.Message}";
            throw new WcoDataException("The dataset is not JSON of the expected shape. " + error, Array.AsReadOnly(new[] { error }), e);
        }

        if (document is null)
        {
            const string error = "$: the document is the JSON literal null; expected an object.";
            throw new WcoDataException("The dataset is empty. " + error, Array.AsReadOnly(new[] { error }));
        }

        return DatasetBuilder.Build(document);
    }

    internal static LoadedDataset ReadEmbedded()
    {
        using var stream = typeof(DatasetReader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new WcoDataException($"The embedded dataset resource '{EmbeddedResourceName}' is missing from the WcoKnowledge assembly; the package is damaged. Reinstall it.");
        try
        {
            return Read(stream);
        }
        catch (WcoDataException e)
        {
            throw new WcoDataException($"The embedded dataset '{EmbeddedResourceName}' is invalid; the package is damaged or was built from bad data. {e.Message}", e.Errors, e);
        }
    }
}
