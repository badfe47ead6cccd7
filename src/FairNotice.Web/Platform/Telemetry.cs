using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FairNotice.Web.Platform;

/// <summary>Traces and metrics (section <c>Telemetry</c>; ADR 0034, docs/deploy.md "Watching it").</summary>
internal sealed class TelemetryOptions
{
    /// <summary>Where to send traces and metrics over OTLP (e.g. <c>http://collector:4317</c>). Unset (the default): nothing
    /// leaves the process. The standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works as well.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>This node's name in traces and metrics (<c>service.instance.id</c>); unset: a random id per start.</summary>
    public string? InstanceId { get; set; }

    /// <summary>Networks (CIDR, e.g. <c>10.0.5.0/24</c>) whose scrapers may read <c>/metrics</c> besides the host itself.</summary>
    public List<string> MetricsNetworks { get; set; } = [];

    /// <summary>A bearer token that also opens <c>/metrics</c> (at least 24 characters); unset: no token opens it.</summary>
    public string? MetricsToken { get; set; }
}

/// <summary>
/// OpenTelemetry for the host: ASP.NET Core, HttpClient, runtime, Npgsql and every meter whose name starts with
/// <see cref="MeterName"/> (features and cluster jobs add their own, e.g. <c>FairNotice.Audit</c>). Metrics are always
/// collected and served at <see cref="MetricsPath"/> to the host itself, the networks in <c>Telemetry:MetricsNetworks</c> or
/// the holder of <c>Telemetry:MetricsToken</c> — anyone else gets the ordinary 404 (deny by default). Traces are recorded only
/// when an OTLP endpoint is configured. No query string, header or body goes into a span (the public extract's query carries
/// searched names).
/// </summary>
internal static class Telemetry
{
    public const string MeterName = "FairNotice";
    public const string MetricsPath = "/metrics";

    // Meters built into ASP.NET Core and Npgsql that an operator watches: rate limiting (budgets), Kestrel connections,
    // exceptions, the connection pool.
    private static readonly string[] FrameworkMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Diagnostics", "Npgsql"];

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration("Telemetry")
            .Validate(o => o.MetricsToken is null || o.MetricsToken.Trim().Length >= 24, "Telemetry:MetricsToken must be at least 24 characters.")
            .Validate(o => o.MetricsNetworks.All(n => IPNetwork.TryParse(n, out _)), "Telemetry:MetricsNetworks holds networks in CIDR form, e.g. 10.0.5.0/24.")
            .Validate(o => o.OtlpEndpoint is null || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _), "Telemetry:OtlpEndpoint is an absolute URL, e.g. http://collector:4317.")
            .ValidateOnStart();
        var options = configuration.GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = OtlpEndpoint(options, configuration);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("FairNotice", serviceInstanceId: options.InstanceId, autoGenerateServiceInstanceId: options.InstanceId is null))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(MeterName, MeterName + ".*").AddMeter(FrameworkMeters)
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0); // a scrape every 15 s or so needs no cache
                if (otlp is not null)
                {
                    m.AddOtlpExporter(o => SetEndpoint(o, options));
                }
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = http => !IsOperational(http.Request.Path);
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, _) => activity.SetTag("url.query", null))
                .AddSource(MeterName, MeterName + ".*", "Npgsql")
                .AddOtlpExporter(o => SetEndpoint(o, options)));
        }

        return services;
    }

    /// <summary>The configured OTLP endpoint (<c>Telemetry:OtlpEndpoint</c>, else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), or null.</summary>
    internal static string? OtlpEndpoint(TelemetryOptions options, IConfiguration configuration) =>
        options.OtlpEndpoint is { Length: > 0 } e ? e : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } env ? env : null;

    private static void SetEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions o, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is { Length: > 0 } e)
        {
            o.Endpoint = new Uri(e);
        }
    }

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Serves <see cref="MetricsPath"/> to whoever <see cref="MayScrape"/>; everyone else falls through to the 404.</summary>
    public static void UseMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        var networks = options.MetricsNetworks.Select(n => IPNetwork.Parse(n)).ToList();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http =>
            http.Request.Path == MetricsPath && HttpMethods.IsGet(http.Request.Method) && MayScrape(http, networks, options.MetricsToken));
    }

    /// <summary>The host itself (a loopback connection that no proxy forwarded), a listed network, or the token's holder.</summary>
    internal static bool MayScrape(HttpContext http, IReadOnlyList<IPNetwork> networks, string? token)
    {
        if (token is { Length: > 0 } && http.Request.Headers.Authorization.ToString() is { Length: > 7 } auth
            && auth.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(auth[7..].Trim()), Encoding.UTF8.GetBytes(token.Trim())))
        {
            return true;
        }

        if (http.Connection.RemoteIpAddress is not { } remote)
        {
            return false;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        if (networks.Any(n => n.Contains(remote)))
        {
            return true;
        }

        // A reverse proxy on the same host connects from loopback: what it forwards came from elsewhere.
        var forwarded = http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded")
            || http.Request.Headers.ContainsKey("X-Original-For") || http.Request.Headers.ContainsKey("X-Real-IP");
        return IPAddress.IsLoopback(remote) && !forwarded;
    }
}
