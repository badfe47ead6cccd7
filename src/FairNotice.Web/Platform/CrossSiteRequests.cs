using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>
/// Cross-site request forgery on the API (ASVS 5.0 3.5.1–3.5.3). A browser sends the session cookie with any request, a
/// forged one from another site too; SameSite=Strict stops most, but not a sibling site or an old browser. So an unsafe API
/// request (POST, PUT, PATCH, DELETE) authenticated by the cookie must show it comes from this site's own pages:
/// <list type="bullet">
/// <item><c>Sec-Fetch-Site</c>, when the browser sends it, must be <c>same-origin</c>;</item>
/// <item><c>Origin</c>, when sent, must be this site's (<c>Site:PublicBaseUrl</c>, or the request's own scheme and host);</item>
/// <item>with neither (not a current browser), the antiforgery token must be in the <c>RequestVerificationToken</c> header.</item>
/// </list>
/// Otherwise 403 problem details, before the handler runs. Bearer-token calls carry no ambient credential and are not
/// checked; pages are protected by their forms' antiforgery tokens.
/// </summary>
internal static class CrossSiteRequests
{
    public const string Code = "request.cross_site";

    /// <summary>Runs after authentication: only a request the cookie signed in is checked.</summary>
    public static void UseCrossSiteRefusal(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        if (IsUnsafe(ctx.Request.Method) && ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && ctx.User.Identity?.IsAuthenticated == true
            && !ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !await FromThisSiteAsync(ctx))
        {
            ctx.Items[DeniedAccessTrail.CodeItem] = Code;
            await TypedResults.Problem(
                "A request signed in by the browser's cookie must come from this site's pages (Origin of this site, or the antiforgery token in the RequestVerificationToken header); API clients use a bearer token.",
                statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused", type: Problems.TypeBase + Code,
                extensions: new Dictionary<string, object?> { ["code"] = Code }).ExecuteAsync(ctx);
            return;
        }

        await next(ctx);
    });

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static async Task<bool> FromThisSiteAsync(HttpContext ctx)
    {
        var headers = ctx.Request.Headers;
        var fetchSite = headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && !string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var origin = headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return IsThisSite(ctx, origin);
        }

        if (fetchSite.Length > 0)
        {
            return true;
        }

        // No browser signal at all: the antiforgery token (bound to this session) is the proof.
        return await ctx.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(ctx);
    }

    private static bool IsThisSite(HttpContext ctx, string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var given))
        {
            return false; // "null" (a sandboxed frame, a redirect across sites) or garbage
        }

        var site = new Uri(ctx.PublicBase());
        return SameOrigin(given, site)
            || (Uri.TryCreate($"{ctx.Request.Scheme}://{ctx.Request.Host.Value}", UriKind.Absolute, out var own) && SameOrigin(given, own));
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
