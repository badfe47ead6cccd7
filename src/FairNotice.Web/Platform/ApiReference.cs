using Scalar.AspNetCore;

namespace FairNotice.Web.Platform;

/// <summary>Where the third-party API reference (Scalar, <c>/scalar</c>) is served (section <c>ApiReference</c>).</summary>
internal sealed class ApiReferenceOptions
{
    /// <summary>Serve it at all. Unset: only in Development. Its page needs a weaker content security policy ('unsafe-eval',
    /// inline styles), so production serves it only when asked, and then preferably on its own host (ASVS 5.0 3.5.4).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The only host name it answers on (e.g. <c>api-docs.fairnotice.example</c>, a name of its own at the proxy), so that
    /// its page never shares an origin with the application's cookies. Unset: any host the application answers on.</summary>
    public string? Host { get; set; }
}

internal static class ApiReference
{
    /// <summary>Maps <c>/scalar</c> only where the settings allow it; elsewhere the path is an ordinary 404.</summary>
    public static void MapApiReference(this WebApplication app)
    {
        var o = app.Configuration.GetSection("ApiReference").Get<ApiReferenceOptions>() ?? new ApiReferenceOptions();
        if (!(o.Enabled ?? app.Environment.IsDevelopment()))
        {
            return;
        }

        var reference = app.MapScalarApiReference(s => s.DisableDefaultFonts()).AllowAnonymous();
        if (o.Host is { Length: > 0 } host)
        {
            reference.RequireHost(host);
        }
    }
}
