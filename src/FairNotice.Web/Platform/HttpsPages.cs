using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>
/// Pages reached over plain http where the cookies must be Secure (outside Development, without
/// <c>Sessions:PlainHttpCookies</c>): antiforgery refuses to render a form there, and every page with a form (sign-in,
/// redress, the layout's sign-out) answered 500 (attack of 2026-11-28, bench/results/attack-20261128.md). A GET or HEAD is
/// sent to the same path on <c>Site:PublicBaseUrl</c> when that is https (308); anything else is a 400 saying to use https.
/// Never the request's Host. The API, the public extract, OpenAPI, health and metrics are left as they are: a redirected API
/// call has already sent its token in clear, so the proxy refuses those (README "TLS and the proxy").
/// </summary>
internal static class HttpsPages
{
    public static void UseHttpsPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Sessions:PlainHttpCookies"))
        {
            return;
        }

        app.Use(async (ctx, next) =>
        {
            var site = ctx.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl;
            var (status, location) = Answer(ctx.Request.IsHttps, ctx.Request.Method, ctx.Request.Path, ctx.Request.QueryString, site);
            if (status is null)
            {
                await next(ctx);
                return;
            }

            ctx.Response.StatusCode = status.Value;
            if (location is not null)
            {
                ctx.Response.Headers.Location = location;
                return;
            }

            ctx.Response.ContentType = "text/plain; charset=utf-8";
            await ctx.Response.WriteAsync("This site's pages are served over https only" + (site is null ? "." : $": {site.TrimEnd('/')}/"), ctx.RequestAborted);
        });
    }

    /// <summary>What a request gets: nothing (null: it goes on), a 308 to the https address, or a 400.</summary>
    public static (int? Status, string? Location) Answer(bool https, string method, PathString path, QueryString query, string? publicBaseUrl)
    {
        if (https || IsMachine(path))
        {
            return (null, null);
        }

        var target = publicBaseUrl is not null && Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps ? publicBaseUrl.TrimEnd('/') : null;
        // A form posted over http has already sent its fields in clear: refused, not replayed elsewhere.
        return (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && target is not null
            ? (StatusCodes.Status308PermanentRedirect, target + path.ToUriComponent() + query.ToUriComponent())
            : (StatusCodes.Status400BadRequest, null);
    }

    private static bool IsMachine(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/notices/v1", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
