using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>The web sample hosted in memory, quiet: only warnings and errors are logged.</summary>
public sealed class WebApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}

/// <summary>What the library itself answers, written as the API must write it, and the comparison of JSON trees.</summary>
internal static class Expected
{
    public static IWcoKnowledgeBase Kb => WcoKnowledgeBase.Default;

    /// <summary>The library's object written by WcoJson, in the dataset's shape.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, WcoJson.GetTypeInfo<T>());

    /// <summary>
    /// An answer that carries one item: <c>{ "item", "title" }</c>, the item written by WcoJson and its title in the
    /// language asked for (<see cref="IKnowledgeItem.TitleIn"/>, English by default) written by WcoJson.
    /// </summary>
    public static string Entry<T>(T item, string titleTag = LanguageTags.English)
        where T : IKnowledgeItem
        => EntryNode(item, titleTag).ToJsonString();

    /// <summary>An answer that carries items: an array of <see cref="Entry{T}"/>.</summary>
    public static string Entries(IEnumerable<IKnowledgeItem> items, string titleTag = LanguageTags.English)
        => new JsonArray(items.Select(item => (JsonNode)EntryNode(item, titleTag)).ToArray()).ToJsonString();

    /// <summary>Search hits as WcoJson writes them, each with the item's title after the item.</summary>
    public static string Hits(IEnumerable<SearchHit> hits, string titleTag = LanguageTags.English)
        => new JsonArray(hits.Select(hit =>
        {
            var written = JsonNode.Parse(Json(hit))!.AsObject();
            var withTitle = new JsonObject();
            foreach (var (name, node) in written.ToList())
            {
                written.Remove(name);
                withTitle[name] = node;
                if (name == "item")
                {
                    withTitle["title"] = JsonNode.Parse(Json(hit.Item.TitleIn(titleTag)));
                }
            }

            return (JsonNode)withTitle;
        }).ToArray()).ToJsonString();

    private static JsonObject EntryNode<T>(T item, string titleTag)
        where T : IKnowledgeItem
        => new() { ["item"] = JsonNode.Parse(Json(item)), ["title"] = JsonNode.Parse(Json(item.TitleIn(titleTag))) };

    public static void SameJson(string actual, string expected, string because)
    {
        var same = JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected));
        same.Should().BeTrue($"{because}: the body must equal the library's own answer written by WcoJson.\nactual:   {Clip(actual)}\nexpected: {Clip(expected)}");
    }

    public static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (response, body);
    }

    private static string Clip(string text) => text.Length <= 400 ? text : string.Concat(text.AsSpan(0, 400), "...");
}
