namespace FairNotice.Web.Platform;

/// <summary>The headers every response carries (issue #12, ASVS 5.0 V3.4): a strict Content-Security-Policy with no inline
/// script or style, <c>nosniff</c>, no referrer, no powerful browser features, no framing, HSTS outside Development, and
/// <c>no-store</c> on everything but the static assets under <c>wwwroot</c> — pages and the API show persons.</summary>
internal static class SecurityHeaders
{
    // No 'unsafe-inline' anywhere: a script or style attribute injected into a page does nothing. Photos are served by
    // this origin; 'data:' images only for the charts the statistics page may embed. form-action 'self' keeps a
    // hijacked form from posting elsewhere.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>Static files may be cached (their URLs carry a version when they change); nothing else may.</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=3600",
    };

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                if (string.IsNullOrEmpty(headers.CacheControl))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            }, context);
            return next(context);
        });
    }
}
