using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WcoKnowledge.Samples.WebApi;

/// <summary>
/// A 200 response whose body is a model object of the library, written by <see cref="WcoJson"/> (through the app's
/// JSON options, which hold <see cref="WcoJson.TypeInfoResolver"/>) in the dataset's shape.
/// </summary>
/// <remarks>
/// Written with the metadata of the declared type <typeparamref name="T"/>, never of the value's runtime type: the
/// framework's own JSON results look up the runtime type of a value declared as an interface, and the lists the
/// library returns are private collection types that no resolver knows, which would fail under NativeAOT.
/// </remarks>
/// <typeparam name="T">A type <see cref="WcoJson"/> writes: a model type, <see cref="IKnowledgeItem"/> or a list the API returns.</typeparam>
internal sealed class WcoJsonResult<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public WcoJsonResult(T value) => Value = value;

    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    string? IContentTypeHttpResult.ContentType => JsonContentType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        return httpContext.Response.WriteAsJsonAsync(Value, typeInfo, JsonContentType, httpContext.RequestAborted);
    }

    /// <summary>Tells the OpenAPI document that the endpoint answers 200 with a <typeparamref name="T"/> as JSON.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
        => builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
