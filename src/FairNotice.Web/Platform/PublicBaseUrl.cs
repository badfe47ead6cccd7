using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>Where the public reaches this server (<c>Site:PublicBaseUrl</c>, e.g. <c>https://notices.example.org</c>).</summary>
/// <remarks>Absolute links (the extract's HAL links) are built from it, never from the request's <c>Host</c> header: a forged
/// Host would otherwise put an attacker's address into answers that caches and clients pass on.</remarks>
internal sealed class SiteOptions
{
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The base without a trailing slash, ready to prefix a path.</summary>
    public string Base => PublicBaseUrl.TrimEnd('/');
}

internal static class PublicBaseUrl
{
    public static IServiceCollection AddPublicBaseUrl(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration("Site").ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" && u.Query.Length == 0 && u.Fragment.Length == 0,
                "Site:PublicBaseUrl must be an absolute http(s) URL without query or fragment.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The absolute URL of a path on this server, as the public sees it.</summary>
    public static string Absolute(this HttpContext http, string path) =>
        http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.Base + (path.StartsWith('/') ? path : "/" + path);
}
