using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>
/// The endpoints. Each one answers from the knowledge base with the library's own object, written by
/// <see cref="WcoJsonResult{T}"/> in the dataset's shape, or with a problem: 404 for an unknown id, number or code
/// (in the library's words, from its <c>Explain…</c> methods) or for a date no Secretary General's term covers, 400 with
/// the parameter's name for input it cannot take. Endpoints only parse, call the library and write its answer: the
/// rules for dates, kinds and lookups are the library's.
/// </summary>
internal static partial class KnowledgeEndpoints
{
    /// <summary>
    /// The longest query accepted: the library's own limit, <see cref="SearchOptions.MaxQueryLength"/>. The library
    /// truncates a longer query; an API rejects it instead, so that no client is answered for text it did not send.
    /// </summary>
    public const int MaxQueryLength = SearchOptions.MaxQueryLength;

    /// <summary>The most search hits one request may ask for.</summary>
    public const int MaxLimit = 100;

    /// <summary>Search hits when <c>limit</c> is not given, as <see cref="SearchOptions.Default"/>.</summary>
    public const int DefaultLimit = 10;

    /// <summary>Every route, as the index and docs/web-api.md list them.</summary>
    public static IReadOnlyList<string> Routes { get; } =
    [
        "/organization", "/items", "/items/{id}", "/objectives/{n}", "/pillars/{n}", "/regions/{n}", "/search", "/membership", "/staff",
        "/secretary-general", "/members/{isoCode}",
    ];

    /// <summary>
    /// Every kind's dataset word, from the library (<see cref="KnowledgeKinds.All"/>, <see cref="KnowledgeKinds.Word"/>):
    /// the list in the <c>kind</c> parameter's description and in its 400, so that a kind added to the library shows up
    /// here without an edit (a hand-written list once left out <c>officer</c>).
    /// </summary>
    public static string KindWords { get; } = string.Join(", ", KnowledgeKinds.All.Select(KnowledgeKinds.Word));

    /// <summary>The <c>kind</c> parameter's description in the OpenAPI document (<c>/items</c> and <c>/search</c>).</summary>
    public static string KindDescription { get; } =
        $"A kind: its dataset word ({KindWords}), any case; plurals and common synonyms such as objectives, building blocks or members are accepted too (the library's KnowledgeKinds.TryParse).";

    /// <summary>The <c>on</c> parameter's description, the same for every answer on a date.</summary>
    private const string OnDescription = "The date, as yyyy, yyyy-MM or yyyy-MM-dd (a year or month stands for its first day); the dataset's as-of date when absent.";

    public static IEndpointRouteBuilder MapKnowledgeEndpoints(this IEndpointRouteBuilder app)
    {
        // Every answer comes from immutable data: one ETag per dataset version, cacheable for an hour.
        var api = app.MapGroup(string.Empty).AddEndpointFilter(ImmutableDataCaching.FilterAsync).WithTags("WCO knowledge");
        // The answers that carry items are in the request's language: lang, else Accept-Language (AnswerLanguage).
        var localized = api.MapGroup(string.Empty).AddEndpointFilter(AnswerLanguage.FilterAsync).AddOpenApiOperationTransformer(DescribeLangParameter);

        api.MapGet("/", Index)
            .WithName("Index").WithSummary("The dataset version and the endpoints.")
            .Produces(StatusCodes.Status304NotModified);

        localized.MapGet("/organization", GetOrganization)
            .WithName("GetOrganization").WithSummary("The World Customs Organization and its dated facts.")
            .Produces(StatusCodes.Status304NotModified);

        localized.MapGet("/items", GetItems)
            .WithName("GetItems").WithSummary("Every item, or every item of one kind (kind=pillar, kind=objectives, ...).")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .DescribeKindParameter();

        localized.MapGet("/items/{id}", GetItem)
            .WithName("GetItem").WithSummary("The item with a stable id, for example pillar-integrity.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        localized.MapGet("/objectives/{n}", GetObjective)
            .WithName("GetObjective").WithSummary("The strategic objective with number n (1 to 9).")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        localized.MapGet("/pillars/{n}", GetPillar)
            .WithName("GetPillar").WithSummary("The building block (pillar) of Customs in the 21st Century with number n (1 to 10).")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        localized.MapGet("/regions/{n}", GetRegion)
            .WithName("GetRegion").WithSummary("The WCO region with number n, in the dataset's order (the 404 names the valid numbers).")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        localized.MapGet("/search", Search)
            .WithName("Search").WithSummary("Items ranked by how well their title, aliases and summary match q.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .DescribeKindParameter();

        api.MapGet("/membership", GetMembership)
            .WithName("GetMembership").WithSummary("How many Members the WCO had on a date: the registry's count and the newest published count, with its age.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        api.MapGet("/staff", GetStaff)
            .WithName("GetSecretariatStaff").WithSummary("The size of the Secretariat's staff on a date: the newest figure in force then, with its age in days.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        localized.MapGet("/secretary-general", GetSecretaryGeneral)
            .WithName("GetSecretaryGeneral").WithSummary("The Secretary General in office on a date.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        localized.MapGet("/members/{isoCode}", GetMember)
            .WithName("GetMember").WithSummary("The Member with an ISO 3166-1 alpha-2 or alpha-3 code (BE, BEL), ignoring case.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static Ok<ApiIndex> Index([FromServices] IWcoKnowledgeBase kb)
        => TypedResults.Ok(new ApiIndex("WCO knowledge base", kb.DataVersion, kb.AsOf.ToString(), "/openapi/v1.json", McpEndpoint.Route, Routes));

    private static LocalizedJsonResult<Organization> GetOrganization([FromServices] IWcoKnowledgeBase kb) => LocalizedJson.Item(kb.Organization);

    private static Results<LocalizedJsonResult<IReadOnlyList<IKnowledgeItem>>, ValidationProblem> GetItems(
        [FromQuery] string? kind, // described by DescribeKindParameter, from the library's kinds
        [FromServices] IWcoKnowledgeBase kb)
    {
        if (string.IsNullOrEmpty(kind))
        {
            return LocalizedJson.Items(kb.Items);
        }

        return KnowledgeKinds.TryParse(kind, out var parsed)
            ? LocalizedJson.Items(kb.GetItems(parsed))
            : Invalid("kind", BadKind(kind));
    }

    private static Results<LocalizedJsonResult<IKnowledgeItem>, ProblemHttpResult> GetItem(
        [Description("A stable item id, for example pillar-integrity or member-belgium.")] string id,
        [FromServices] IWcoKnowledgeBase kb)
        => kb.TryGetItem(id, out var item)
            ? LocalizedJson.Item(item)
            : NotFound(id, kb.ExplainNotFound(id));

    private static Results<LocalizedJsonResult<Objective>, ValidationProblem, ProblemHttpResult> GetObjective(
        [Description("The objective's number, 1 to 9.")] string n,
        [FromServices] IWcoKnowledgeBase kb)
        => ByNumber<Objective>(n, KnowledgeKind.Objective, kb.TryGetObjective, kb);

    private static Results<LocalizedJsonResult<Pillar>, ValidationProblem, ProblemHttpResult> GetPillar(
        [Description("The building block's number, 1 to 10.")] string n,
        [FromServices] IWcoKnowledgeBase kb)
        => ByNumber<Pillar>(n, KnowledgeKind.Pillar, kb.TryGetPillar, kb);

    private static Results<LocalizedJsonResult<Region>, ValidationProblem, ProblemHttpResult> GetRegion(
        [Description("The region's number, from 1, in the dataset's order of regions.")] string n,
        [FromServices] IWcoKnowledgeBase kb)
        => ByNumber<Region>(n, KnowledgeKind.Region, kb.TryGetRegion, kb);

    private delegate bool TryGetByNumber<T>(int number, [NotNullWhen(true)] out T? value)
        where T : class, IKnowledgeItem;

    // An item by its number: 400 for text that is not a number, 404 in the library's words for a number nothing has.
    private static Results<LocalizedJsonResult<T>, ValidationProblem, ProblemHttpResult> ByNumber<T>(
        string n, KnowledgeKind kind, TryGetByNumber<T> tryGet, IWcoKnowledgeBase kb)
        where T : class, IKnowledgeItem
    {
        if (!TryParseNumber(n, out var number))
        {
            return Invalid("n", BadNumber(n));
        }

        return tryGet(number, out var item)
            ? LocalizedJson.Item(item)
            : NotFound(n, kb.ExplainNotFound(kind, number));
    }

    private static Results<LocalizedJsonResult<IReadOnlyList<SearchHit>>, ValidationProblem> Search(
        [FromQuery, Description("What to look for (required, at most 1,000 characters): words from titles, aliases and summaries; case, accents and small typos do not matter.")] string? q,
        [FromQuery, Description("The most hits to return, 1 to 100; 10 when absent.")] string? limit,
        [FromQuery] string? kind, // described by DescribeKindParameter, from the library's kinds
        [FromServices] IWcoKnowledgeBase kb)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["The query q is required: the text to search for, for example q=border management."];
        }
        else if (q.Length > MaxQueryLength)
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"The query is {q.Length} characters long; at most {MaxQueryLength} are accepted.")];
        }

        var hitLimit = DefaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!TryParseNumber(limit, out hitLimit) || hitLimit < 1 || hitLimit > MaxLimit))
        {
            errors["limit"] = [string.Create(CultureInfo.InvariantCulture, $"'{Shorten(limit)}' is not a limit: give a whole number from 1 to {MaxLimit}.")];
        }

        KnowledgeKind? onlyKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (KnowledgeKinds.TryParse(kind, out var parsed))
            {
                onlyKind = parsed;
            }
            else
            {
                errors["kind"] = [BadKind(kind)];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search request is not valid.");
        }

        return LocalizedJson.Hits(kb.Search(q!, new SearchOptions { Limit = hitLimit, Kind = onlyKind }));
    }

    private static Results<LocalizedJsonResult<Member>, ProblemHttpResult> GetMember(
        [Description("An ISO 3166-1 alpha-2 or alpha-3 code, any case: BE, bel.")] string isoCode,
        [FromServices] IWcoKnowledgeBase kb)
        => kb.TryGetMember(isoCode, out var member)
            ? LocalizedJson.Item(member)
            : NotFound(isoCode, kb.ExplainMemberNotFound(isoCode));

    /// <summary>
    /// Sets the <c>kind</c> parameter's description in the OpenAPI document to <see cref="KindDescription"/>: an
    /// attribute can only hold a constant, and this text is made from the library's kinds when the app starts.
    /// </summary>
    private static RouteHandlerBuilder DescribeKindParameter(this RouteHandlerBuilder builder)
        => builder.AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter.Name == "kind")
                {
                    parameter.Description = KindDescription;
                }
            }

            return Task.CompletedTask;
        });

    /// <summary>
    /// Adds the <c>lang</c> query parameter, which <see cref="AnswerLanguage.FilterAsync"/> reads (no handler declares
    /// it), and describes the <c>Accept-Language</c> header, to the operations whose answers carry items.
    /// </summary>
    private static Task DescribeLangParameter(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = AnswerLanguage.QueryParameter,
            In = ParameterLocation.Query,
            Description = AnswerLanguage.QueryDescription,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Description = "The languages the client prefers, with qualities (fr-CA, fr;q=0.9, en;q=0.5); the titles are in the first one the knowledge base has (en or fr), English otherwise. Ignored when lang is given.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        return Task.CompletedTask;
    }

    // Numbers and limits: plain decimal digits only (no sign, spaces or exponent), within int.
    private static bool TryParseNumber(string text, out int number)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static string BadNumber(string text)
        => $"'{Shorten(text)}' is not a number: give a whole number such as 1.";

    private static string BadKind(string text)
        => $"'{Shorten(text)}' is not a kind. Kinds are the dataset's words ({KindWords}), their plurals and common synonyms.";

    private static ValidationProblem Invalid(string parameter, string message)
        => TypedResults.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [parameter] = [message] },
            title: $"The parameter '{parameter}' is not valid.");

    /// <summary>
    /// A 404 whose detail is <paramref name="explanation"/>: the library's not-found message (an <c>Explain…</c> method),
    /// which names the key, the kind and the data version. Control characters echoed from the key are replaced.
    /// </summary>
    private static ProblemHttpResult NotFound(string key, string explanation)
        => TypedResults.Problem(
            detail: Clean(explanation),
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found in the WCO knowledge base.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["key"] = Shorten(key) });

    /// <summary>Input echoed in a message: at most 40 characters, control characters and lone surrogates replaced.</summary>
    internal static string Shorten(string text) => Clean(text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "..."));

    private static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bad = char.IsControl(c) || (char.IsSurrogate(c) && !pair);
            if (bad || clean is not null)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append(bad ? '\uFFFD' : c);
                if (pair)
                {
                    clean.Append(text[++i]);
                }
            }
            else if (pair)
            {
                i++;
            }
        }

        return clean?.ToString() ?? text;
    }
}
