using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>Behind a TLS-terminating reverse proxy (section <c>Proxy</c>; the proxies themselves are <c>Budgets:TrustedProxies</c>).</summary>
internal sealed class ProxyOptions
{
    /// <summary>Host names believed from a trusted proxy's <c>X-Forwarded-Host</c>; empty (the default): the header is ignored and
    /// the request's own <c>Host</c> counts. Absolute links never use either (<c>Site:PublicBaseUrl</c>).</summary>
    public List<string> ForwardedHosts { get; set; } = [];
}

/// <summary>
/// From the configured trusted proxies only, <c>X-Forwarded-Proto</c> is believed besides <c>X-Forwarded-For</c>: a request
/// that reached the proxy over https is seen as https, so HSTS is sent, Secure cookies are issued and the request's origin is
/// right for the cross-site check. <c>X-Forwarded-Host</c> only for the hosts listed in <c>Proxy:ForwardedHosts</c>. Anyone
/// else writing these headers changes nothing (the middleware runs only when proxies are configured, and checks the sender).
/// </summary>
internal static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration("Proxy")
            .Validate(o => o.ForwardedHosts.All(h => h.Length > 0 && Uri.CheckHostName(h.StartsWith("*.", StringComparison.Ordinal) ? h[2..] : h) != UriHostNameType.Unknown),
                "Proxy:ForwardedHosts holds host names (e.g. notices.example.org or *.example.org).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders |= ForwardedHeaders.XForwardedProto;
            if (proxy.Value.ForwardedHosts.Count > 0)
            {
                o.ForwardedHeaders |= ForwardedHeaders.XForwardedHost;
                o.AllowedHosts = [.. proxy.Value.ForwardedHosts];
            }
        });
        return services;
    }
}
