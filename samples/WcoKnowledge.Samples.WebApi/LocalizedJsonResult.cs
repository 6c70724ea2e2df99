using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>
/// The answers that carry items, each item next to its title in the request's language (<see cref="AnswerLanguage"/>):
/// one item as <c>{ "item": Item, "title": LocalizedText }</c>, a list as an array of those, search hits as
/// <c>{ "item", "title", "score", "field", "matchedText" }</c>. Every part is written by <see cref="WcoJson"/> (the item
/// in the dataset's shape, with all its translations; the title as <see cref="LocalizedText"/>); this only arranges them.
/// </summary>
internal static class LocalizedJson
{
    public const string ItemMember = "item";

    public const string TitleMember = "title";

    /// <summary>One item and its title.</summary>
    public static LocalizedJsonResult<T> Item<T>(T item)
        where T : IKnowledgeItem
        => new(item, static (writer, value, context) => context.WriteEntry(writer, value));

    /// <summary>Items, each with its title, in the library's order.</summary>
    public static LocalizedJsonResult<IReadOnlyList<IKnowledgeItem>> Items(IReadOnlyList<IKnowledgeItem> items)
        => new(items, static (writer, value, context) =>
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                context.WriteEntry(writer, item);
            }

            writer.WriteEndArray();
        });

    /// <summary>Search hits as WcoJson writes them, with the item's title after the item.</summary>
    public static LocalizedJsonResult<IReadOnlyList<SearchHit>> Hits(IReadOnlyList<SearchHit> hits)
        => new(hits, static (writer, value, context) =>
        {
            writer.WriteStartArray();
            foreach (var hit in value)
            {
                var written = JsonSerializer.SerializeToNode(hit, context.TypeInfo<SearchHit>())!.AsObject();
                writer.WriteStartObject();
                foreach (var (name, node) in written)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, node);
                    if (name == ItemMember)
                    {
                        writer.WritePropertyName(TitleMember);
                        context.Write(writer, context.Language.TitleOf(hit.Item));
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }
}

/// <summary>What a <see cref="LocalizedJsonResult{T}"/> writes with: the app's JSON options (which hold <see cref="WcoJson.TypeInfoResolver"/>) and the request's language.</summary>
internal readonly record struct LocalizedWriteContext(JsonSerializerOptions Options, AnswerLanguage Language)
{
    public JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public void Write<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, TypeInfo<T>());

    /// <summary><c>{ "item": Item, "title": LocalizedText }</c>, the item written with the metadata of its declared type.</summary>
    public void WriteEntry<T>(Utf8JsonWriter writer, T item)
        where T : IKnowledgeItem
    {
        writer.WriteStartObject();
        writer.WritePropertyName(LocalizedJson.ItemMember);
        Write(writer, item);
        writer.WritePropertyName(LocalizedJson.TitleMember);
        Write(writer, Language.TitleOf(item));
        writer.WriteEndObject();
    }
}

/// <summary>
/// A 200 response whose body holds items with their titles in the request's language (<see cref="LocalizedJson"/>),
/// written by <see cref="WcoJson"/> with the metadata of declared types, as <see cref="WcoJsonResult{T}"/> does.
/// </summary>
/// <typeparam name="T">The item or list the endpoint answers with.</typeparam>
internal sealed class LocalizedJsonResult<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly Action<Utf8JsonWriter, T, LocalizedWriteContext> _write;

    public LocalizedJsonResult(T value, Action<Utf8JsonWriter, T, LocalizedWriteContext> write)
    {
        Value = value;
        _write = write;
    }

    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    string? IContentTypeHttpResult.ContentType => JsonContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = JsonContentType;
        var body = httpContext.Response.BodyWriter;
        await using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
        {
            _write(writer, Value, new LocalizedWriteContext(options, AnswerLanguage.Of(httpContext)));
            await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }

        await body.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Tells the OpenAPI document that the endpoint answers 200 with JSON (the shape is in docs/web-api.md).</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
        => builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
