using System.Reflection;
using FairNotice.Domain;
using Microsoft.AspNetCore.Http.Metadata;

namespace FairNotice.Web.Platform;

/// <summary>A domain error as a typed endpoint result, so a handler can say <c>Results&lt;Ok&lt;T&gt;, ErrorProblem&gt;</c>:
/// it answers through <see cref="Problems.From"/> (RFC 9457, stable type per code, denied-access trail) and declares the
/// problem responses in the OpenAPI document.</summary>
internal sealed class ErrorProblem(Error error) : IResult, IEndpointMetadataProvider
{
    public Error Error { get; } = error;

    public Task ExecuteAsync(HttpContext httpContext) => Problems.From(Error).ExecuteAsync(httpContext);

    public static implicit operator ErrorProblem(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string[] problem = ["application/problem+json"];
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), problem));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), problem));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), problem));
    }
}
