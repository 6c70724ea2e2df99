using System;
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
