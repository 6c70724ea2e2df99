using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>
/// HTTP caching for answers from an immutable knowledge base: every successful answer carries the same ETag, made of
/// the dataset's version (<c>W/"wco-1.4.0"</c>), and <c>Cache-Control: public, max-age=3600</c>; a request whose
/// <c>If-None-Match</c> holds that tag (or <c>*</c>) gets <c>304 Not Modified</c> without a body. Problem responses
/// carry neither header.
/// </summary>
/// <remarks>
/// Weak, because the tag vouches for the facts, not for the bytes: a later library version may write the same data
/// with, say, a new member. A new dataset version changes the tag.
/// </remarks>
internal static class ImmutableDataCaching
{
    public const string CacheControl = "public, max-age=3600";

    /// <summary>
    /// The ETag of every answer from <paramref name="kb"/> in English or in no language, <c>W/"wco-1.5.0"</c>; an answer
    /// in another language has its own, <c>W/"wco-1.5.0-fr"</c>, so that a cache holding one language's answer never
    /// revalidates it for a request answered in another (RFC 9111, 4.3.1: it sends the tags of every variant it holds).
    /// </summary>
    public static EntityTagHeaderValue ETagOf(IWcoKnowledgeBase kb, string? language = null)
        => new("\"wco-" + kb.DataVersion + (language is null || LanguageTags.IsEnglish(language) ? string.Empty : "-" + language) + "\"", isWeak: true);

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context).ConfigureAwait(false);
        if (StatusCodeOf(result) != StatusCodes.Status200OK)
        {
            return result;
        }

        var http = context.HttpContext;
        // The language the answer is in, when it carries items (AnswerLanguage.FilterAsync ran inside this filter).
        var language = http.Response.Headers.ContentLanguage.ToString();
        var etag = ETagOf(http.RequestServices.GetRequiredService<IWcoKnowledgeBase>(), language.Length == 0 ? null : language);
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = CacheControl;
        return Matches(http.Request.Headers.IfNoneMatch, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : result;
    }

    /// <summary>Whether <c>If-None-Match</c> lists <paramref name="etag"/> (weak comparison, RFC 9110 13.1.2) or is <c>*</c>; a malformed header matches nothing.</summary>
    private static bool Matches(StringValues ifNoneMatch, EntityTagHeaderValue etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) || tags is null)
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    private static int? StatusCodeOf(object? result) => result switch
    {
        INestedHttpResult nested => StatusCodeOf(nested.Result),
        IStatusCodeHttpResult withStatus => withStatus.StatusCode,
        _ => null,
    };
}
