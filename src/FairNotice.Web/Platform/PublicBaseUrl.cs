using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>Where the public reaches this server (<c>Site:PublicBaseUrl</c>, e.g. <c>https://notices.example.org</c>).</summary>
/// <remarks>Absolute links (the extract's HAL links) are built from it, never from the request's <c>Host</c> header: a forged
/// Host would otherwise put an attacker's address into answers that caches and clients pass on.</remarks>
internal sealed class SiteOptions
{
    /// <summary>Unset: the address the server listens on (<see cref="PublicBaseUrl.Base"/>), never the request's Host.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>For links made without a request (the set-password links, also from the command line): the configured base,
    /// or the default listening address of appsettings.json. Answers to a request use <see cref="PublicBaseUrl.PublicBase"/>.</summary>
    public string Base => (PublicBaseUrl ?? "http://127.0.0.1:5080").TrimEnd('/');
}

internal static class PublicBaseUrl
{
    public static IServiceCollection AddPublicBaseUrl(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration("Site").ValidateDataAnnotations()
            .Validate(o => o.PublicBaseUrl is null || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" && u.Query.Length == 0 && u.Fragment.Length == 0,
                "Site:PublicBaseUrl must be an absolute http(s) URL without query or fragment.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The absolute URL of a path on this server, as the public sees it.</summary>
    public static string Absolute(this HttpContext http, string path) => http.PublicBase() + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Where the public reaches this server, without a trailing slash: <c>Site:PublicBaseUrl</c>, or when it is not
    /// set the first address the server listens on (an https one first; a wildcard host read as <c>localhost</c>) — an
    /// address this server chose, never the request's <c>Host</c> header.</summary>
    public static string PublicBase(this HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl is { } configured)
        {
            return configured.TrimEnd('/');
        }

        var addresses = http.RequestServices.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
        return Listening(addresses);
    }

    /// <summary>The public base made of the server's listening addresses (<c>http://localhost</c> with none).</summary>
    public static string Listening(IEnumerable<string> addresses)
    {
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault();
        if (chosen is null)
        {
            return "http://localhost";
        }

        // Kestrel lists a wildcard binding as given: http://+:80, http://*:80, http://[::]:80, http://0.0.0.0:80.
        var uri = new Uri(chosen.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        var host = uri.Host is "[::]" or "::" or "0.0.0.0" ? "localhost" : uri.IdnHost.Contains(':', StringComparison.Ordinal) ? $"[{uri.IdnHost}]" : uri.IdnHost;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
