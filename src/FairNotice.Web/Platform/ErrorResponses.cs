namespace FairNotice.Web.Platform;

/// <summary>Errors answer in the caller's language: RFC 9457 problem details under <c>/api</c> and <c>/notices/v1</c>, a page with a way back
/// everywhere else (never an empty body, never a stack trace).</summary>
internal static class ErrorResponses
{
    public const string PagePath = "/Error";

    public static void UseErrorResponses(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseBadRequestProblems();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = PagePath,
                StatusCodeSelector = ex => ex is BadHttpRequestException b ? b.StatusCode
                    : DatabaseOutage.Is(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            pages.UseStatusCodePagesWithReExecute(PagePath + "/{0}");
        });
    }

    /// <summary>Unmatched GET and HEAD requests (a mistyped page, a missing asset) answer the 404 page to everyone,
    /// rather than a sign-in redirect that the fallback authorization policy would give a path that holds nothing.</summary>
    public static void MapNotFoundFallback(this WebApplication app) =>
        app.MapFallback("{**path}", () => TypedResults.NotFound()).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous()
            .ExcludeFromDescription();

    // The INTERPOL-compatible public extract is an API too, outside /api because its clients expect INTERPOL's paths.
    private static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || ctx.Request.Path.StartsWithSegments("/notices/v1", StringComparison.Ordinal);
}
