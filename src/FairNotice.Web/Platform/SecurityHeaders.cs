namespace FairNotice.Web.Platform;

/// <summary>The headers every response carries (issue #12, ASVS 5.0 V3.4): a strict Content-Security-Policy with no inline
/// script or style, <c>nosniff</c>, no referrer, no powerful browser features, no framing, HSTS outside Development, and
/// <c>no-store</c> on everything but the static assets under <c>wwwroot</c> — pages and the API show persons.</summary>
internal static partial class SecurityHeaders
{
    private const string PolicyKey = "FairNotice.ContentSecurityPolicy";

    // No 'unsafe-inline' anywhere: a script or style attribute injected into a page does nothing. Photos are served by
    // this origin; 'data:' images only for the charts the statistics page may embed. form-action 'self' keeps a
    // hijacked form from posting elsewhere.
    /// <summary>The import map that lets the vendored noble libraries under <c>wwwroot/lib</c> find each other. Browsers take
    /// import maps only inline, so the policy allows exactly this text by its hash; a page renders it with this constant.</summary>
    public const string VendoredImportMap = """{ "imports": { "@noble/hashes/": "/lib/noble-hashes/" } }""";

    public static readonly string ContentSecurityPolicy =
        $"default-src 'self'; script-src 'self' 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(VendoredImportMap)))}'; " +
        "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
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

    /// <summary>The API reference (<c>/scalar</c>) boots with one inline module script, injects its styles and evaluates code
    /// at run time (it does not render without 'unsafe-eval'): it gets the same policy with that script allowed by its SHA-256
    /// hash (computed from the page as served, so no 'unsafe-inline' for script), eval and inline styles allowed. It shows the
    /// API description, never a person, and nothing else is served under that policy.</summary>
    public static string ApiReferencePolicy(IEnumerable<string> scriptHashes) =>
        ContentSecurityPolicy.Replace("script-src 'self' ", "script-src 'self' 'unsafe-eval' " + string.Join(' ', scriptHashes.Select(h => $"'sha256-{h}'")) + " ", StringComparison.Ordinal)
            .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase), reference => reference.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                var html = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                context.Items[PolicyKey] = ApiReferencePolicy(InlineScript().Matches(html)
                    .Select(m => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(m.Groups["body"].Value)))));
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }));

        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ((HttpContext)state).Items[PolicyKey] as string ?? ContentSecurityPolicy;
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

    [System.Text.RegularExpressions.GeneratedRegex("<script(?:\\s+type=\"module\")?>(?<body>.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InlineScript();
}
