using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>Where the public reaches this server (<c>Site:PublicBaseUrl</c>, e.g. <c>https://notices.example.org</c>).</summary>
/// <remarks>Absolute links (the extract's HAL links) are built from it, never from the request's <c>Host</c> header: a forged
/// Host would otherwise put an attacker's address into answers that caches and clients pass on.</remarks>
internal sealed class SiteOptions
{
    /// <summary>Unset: the address the server listens on (<see cref="PublicAddress"/>), never the request's Host. Required in
    /// Production (<see cref="PublicBaseUrl.CheckPublicBaseUrl"/>).</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}

/// <summary>The one rule for every absolute link this server makes (the extract's HAL links, the set-password links of the
/// accounts pages, the API and the command line): <c>Site:PublicBaseUrl</c>; unset, the address the server listens on (once it
/// listens), or the one its settings (<c>Urls</c>, <c>--urls</c>, <c>ASPNETCORE_URLS</c>) make it listen on (before it does: the
/// command line); never the request's <c>Host</c> header, which the client chooses.</summary>
internal sealed class PublicAddress(IOptions<SiteOptions> site, IConfiguration configuration, IServiceProvider services)
{
    /// <summary>Without a trailing slash.</summary>
    public string Base => site.Value.PublicBaseUrl is { } configured ? configured.TrimEnd('/') : PublicBaseUrl.Listening(Addresses());

    /// <summary>The absolute URL of a path on this server.</summary>
    public string Absolute(string path) => Base + (path.StartsWith('/') ? path : "/" + path);

    private IEnumerable<string> Addresses()
    {
        var live = services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
        return live is { Count: > 0 } ? live
            : (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

internal static class PublicBaseUrl
{
    public static IServiceCollection AddPublicBaseUrl(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration("Site").ValidateDataAnnotations()
            .Validate(o => o.PublicBaseUrl is null || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" && u.Query.Length == 0 && u.Fragment.Length == 0,
                "Site:PublicBaseUrl must be an absolute http(s) URL without query or fragment.")
            .ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        return services;
    }

    /// <summary>At start, before the database is touched: Production refuses to run without <c>Site:PublicBaseUrl</c>. This server
    /// always makes absolute links (the public extract's HAL links, the set-password links administrators hand out), and a
    /// production server's listening address is the one behind its proxy, which is no address the public or a new user can use.</summary>
    public static void CheckPublicBaseUrl(this WebApplication app)
    {
        if (app.Environment.IsProduction() && app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl is null)
        {
            throw new StartupRefusedException("FairNotice cannot start: set Site:PublicBaseUrl (e.g. Site__PublicBaseUrl=https://notices.example.org), the address "
                + "the public reaches this server at; the extract's links and the set-password links are built from it, never from the listening address in Production.");
        }
    }

    /// <summary>The absolute URL of a path on this server, as the public sees it.</summary>
    public static string Absolute(this HttpContext http, string path) => http.PublicBase() + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Where the public reaches this server, without a trailing slash: <c>Site:PublicBaseUrl</c>, or when it is not
    /// set the first address the server listens on (an https one first; a wildcard host read as <c>localhost</c>) — an
    /// address this server chose, never the request's <c>Host</c> header.</summary>
    public static string PublicBase(this HttpContext http) => http.RequestServices.GetRequiredService<PublicAddress>().Base;

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
