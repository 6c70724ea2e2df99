using System;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace WcoKnowledge.Samples.WebApi.Tests;

/// <summary>
/// A fault of the app itself (here: a knowledge base that throws on every call) is a 500 problem, not an empty body or
/// an HTML page, and tells the client nothing of the exception. No input reaches this path (see BadInputTests).
/// </summary>
public sealed class FaultTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    [Fact]
    public async Task UnexpectedException_IsA500Problem_WithoutTheExceptionsMessage()
    {
        var throwing = DispatchProxy.Create<IWcoKnowledgeBase, ThrowingKnowledgeBase>();
        using var faulty = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(throwing)));

        var (response, body) = await Expected.GetAsync(faulty.CreateClient(), "/pillars/2");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        JsonNode.Parse(body)!["status"]!.GetValue<int>().Should().Be(500);
        body.Should().NotContain(ThrowingKnowledgeBase.Secret);
    }

    /// <summary>Throws on every member; DispatchProxy needs it public and unsealed.</summary>
    public class ThrowingKnowledgeBase : DispatchProxy
    {
        public const string Secret = "internal detail that must not leak";

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException(Secret);
    }
}
