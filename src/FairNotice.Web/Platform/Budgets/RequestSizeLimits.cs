using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform.Budgets;

/// <summary>An endpoint whose body may be larger than an ordinary JSON body (the screening batch).</summary>
internal sealed record LargeBodyMetadata;

/// <summary>Caps request bodies before anything reads them: JSON, CSV batches and multipart forms each have a size
/// (section <c>Limits</c>); the API answers 413 problem details naming <c>body</c>, and a body sent without a length is
/// cut at the same size by the server.</summary>
internal static class RequestSizeLimits
{
    public static IServiceCollection AddRequestSizeLimits(this IServiceCollection services)
    {
        services.AddOptions<FormOptions>().Configure<IOptions<LimitOptions>>((f, l) => f.MultipartBodyLengthLimit = l.Value.MultipartBodyBytes);
        return services;
    }

    /// <summary>Runs after routing, so that the batch endpoint's larger allowance is known.</summary>
    public static void UseRequestSizeLimits(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        var limits = ctx.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value;
        var type = ctx.Request.ContentType ?? "";
        var large = ctx.GetEndpoint()?.Metadata.GetMetadata<LargeBodyMetadata>() is not null;
        var limit = type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) ? limits.MultipartBodyBytes
            : large ? limits.BatchBodyBytes
            : type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? limits.JsonBodyBytes
            : limits.MultipartBodyBytes;
        if (ctx.Request.ContentLength > limit && IsApi(ctx.Request))
        {
            await Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"At most {limit:N0} bytes for this request."] },
                detail: "The request body is too large.", title: "Request too large", type: Problems.TypeBase + "request.too_large",
                statusCode: StatusCodes.Status413PayloadTooLarge, extensions: new Dictionary<string, object?> { ["code"] = "request.too_large" }).ExecuteAsync(ctx);
            return;
        }

        if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max && (max.MaxRequestBodySize is null || max.MaxRequestBodySize > limit))
        {
            max.MaxRequestBodySize = limit;
        }

        await next(ctx);
    });

    public static TBuilder AllowLargeBody<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new LargeBodyMetadata());

    private static bool IsApi(HttpRequest r) =>
        r.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || r.Path.StartsWithSegments("/notices/v1", StringComparison.Ordinal);
}
