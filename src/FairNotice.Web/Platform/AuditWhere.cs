using System.Net;
using System.Net.Sockets;

namespace FairNotice.Web.Platform;

/// <summary>
/// The "where" of an audit entry (ASVS 5.0 16.2.1): the channel (<c>api</c> for <c>/api</c> and the public extract,
/// <c>page</c> for the pages) and the client's network as the trusted proxy reports it (<c>X-Forwarded-For</c> is believed
/// only from <c>Budgets:TrustedProxies</c>), truncated to /24 (IPv4) or /48 (IPv6). A client address is personal data:
/// the trail keeps only the network, enough to tell an office, a country or an unusual origin apart, never one
/// person's address (docs/logging.md).
/// </summary>
internal static class AuditWhere
{
    public static string Of(HttpContext ctx)
    {
        var path = ctx.Request.Path;
        var channel = path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/notices/v1", StringComparison.Ordinal) ? "api" : "page";
        return $"{channel} {Network(ctx.Connection.RemoteIpAddress)}";
    }

    public static string Network(IPAddress? ip)
    {
        if (ip is null)
        {
            return "unknown";
        }

        ip = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
        var bytes = ip.GetAddressBytes();
        var keep = ip.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 3;
        Array.Clear(bytes, keep, bytes.Length - keep);
        return $"{new IPAddress(bytes)}/{keep * 8}";
    }

    /// <summary>Runs after the forwarded headers are applied, so the address is the client's, not the proxy's.</summary>
    public static void UseAuditWhere(this WebApplication app) => app.Use((ctx, next) =>
    {
        if (ctx.RequestServices.GetService<AppDbContext>() is { } db)
        {
            db.Where = Of(ctx);
        }

        return next(ctx);
    });
}
