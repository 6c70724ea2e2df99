using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>
/// The language a request is answered in, negotiated once per request by <see cref="FilterAsync"/> for the endpoints
/// whose answers carry items: the <c>lang</c> query parameter when given, else the <c>Accept-Language</c> header's tags
/// by quality, handed to the library's <see cref="IWcoKnowledgeBase.ChooseLanguage"/>. The answers then carry each
/// item's title in that language (<see cref="IKnowledgeItem.TitleIn"/>), and the response says which language it chose
/// (<c>Content-Language</c>) and that it depends on the header (<c>Vary: Accept-Language</c>).
/// </summary>
/// <param name="Language">The language chosen by the library, one of <see cref="IWcoKnowledgeBase.Languages"/>: <c>Content-Language</c>.</param>
/// <param name="TitleTag">
/// The tag each item's title is asked for in (the library's <see cref="LanguageChoice.Tag"/>): the client's most preferred tag that the chosen language answers
/// (<c>fr-CA</c> for <c>Accept-Language: de-DE, fr-CA;q=0.8</c> since <c>de-DE</c> is not answered), so that a title
/// in English says it fell back when the client asked for a language the knowledge base lacks; the chosen language when
/// no tag was given.
/// </param>
/// <param name="FromHeader">Whether the choice came from <c>Accept-Language</c> (so the answer varies with it), not from <c>lang</c>.</param>
internal sealed record AnswerLanguage(string Language, string TitleTag, bool FromHeader)
{
    /// <summary>The query parameter that overrides <c>Accept-Language</c>.</summary>
    public const string QueryParameter = "lang";

    /// <summary>The <c>lang</c> parameter's description in the OpenAPI document.</summary>
    public const string QueryDescription =
        "The language of the titles, a BCP 47 tag such as fr or fr-CA; overrides the Accept-Language header. The answer is in the closest language the knowledge base has (en or fr), English when none matches.";

    private static readonly object _key = new();

    /// <summary>The language negotiated for this request by <see cref="FilterAsync"/>; English where no filter ran.</summary>
    public static AnswerLanguage Of(HttpContext context)
        => context.Items.TryGetValue(_key, out var value) && value is AnswerLanguage language
            ? language
            : new AnswerLanguage(LanguageTags.English, LanguageTags.English, FromHeader: false);

    /// <summary>The title of <paramref name="item"/> in this language, or in English with <see cref="LocalizedText.IsFallback"/> set.</summary>
    public LocalizedText TitleOf(IKnowledgeItem item) => item.TitleIn(TitleTag);

    /// <summary>The answer language for <paramref name="preferences"/> (most preferred first), as the library chooses it.</summary>
    public static AnswerLanguage Choose(IWcoKnowledgeBase kb, IReadOnlyList<string> preferences, bool fromHeader)
    {
        var choice = kb.ChooseLanguage(preferences);
        return new AnswerLanguage(choice.Language, choice.Tag, fromHeader);
    }

    /// <summary>
    /// The <c>Accept-Language</c> header's tags, most preferred first: parsed by the platform, sorted by quality
    /// (stable, so equal qualities keep the header's order), without those of quality 0 ("not acceptable"). A malformed
    /// header gives no tags.
    /// </summary>
    public static IReadOnlyList<string> Preferences(HttpRequest request)
        => request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not <= 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value ?? string.Empty)
            .ToList();

    /// <summary>
    /// Negotiates the language before the endpoint runs, and marks its 200 answers with <c>Content-Language</c> and,
    /// when the header decided, <c>Vary: Accept-Language</c>. A <c>lang</c> that is no language tag is a 400 naming
    /// <c>lang</c>, listed with the endpoint's own wrong parameters when it has any. A malformed <c>Accept-Language</c>
    /// header is not an error: it counts as absent, as RFC 9110 lets a server ignore it.
    /// </summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var kb = http.RequestServices.GetRequiredService<IWcoKnowledgeBase>();
        string? badLang = null;
        AnswerLanguage language;
        var lang = http.Request.Query[QueryParameter].ToString();
        if (lang.Length > 0)
        {
            badLang = LanguageTags.IsWellFormed(lang)
                ? null
                : $"'{KnowledgeEndpoints.Shorten(lang)}' is not a language tag: give a BCP 47 tag such as fr or fr-CA, or leave lang out to use the Accept-Language header.";
            language = Choose(kb, badLang is null ? [lang] : [], fromHeader: false);
        }
        else
        {
            language = Choose(kb, Preferences(http.Request), fromHeader: true);
        }

        http.Items[_key] = language;
        var result = await next(context).ConfigureAwait(false);
        if (badLang is not null)
        {
            // One 400 for every wrong parameter: the endpoint's own, when it found any, and lang.
            if (Unwrap(result) is ValidationProblem invalid)
            {
                invalid.ProblemDetails.Errors[QueryParameter] = [badLang];
                return result;
            }

            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [QueryParameter] = [badLang] },
                title: $"The parameter '{QueryParameter}' is not valid.");
        }

        if (Unwrap(result) is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            http.Response.Headers.ContentLanguage = language.Language;
            if (language.FromHeader)
            {
                http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            }
        }

        return result;
    }

    private static object? Unwrap(object? result) => result is INestedHttpResult nested ? Unwrap(nested.Result) : result;
}
