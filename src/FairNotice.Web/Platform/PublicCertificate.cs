using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>
/// ASVS 5.0 12.2.2 (publicly trusted certificates): the certificate the public meets is the proxy's, which the application
/// never holds, so the application checks it as a client would: a TLS handshake with the host of
/// <c>Site:PublicBaseUrl</c>, validated against this machine's trust store. The answer is <c>GET /health/certificate</c>
/// (Healthy: trusted and more than 14 days from expiry; Degraded: not HTTPS, untrusted, wrong name, expiring, or
/// unreachable, with the reason) and, outside Development, a warning in the log at start. Only the handshake is made: no
/// request reaches the application through the proxy. The result is kept for an hour.
/// </summary>
internal sealed class PublicCertificateCheck(IOptions<SiteOptions> site, TimeProvider clock, ILogger<PublicCertificateCheck> log) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(14);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public void Dispose() => _gate.Dispose();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && clock.GetUtcNow() - last.At < Keep)
            {
                return last.Result;
            }

            var result = site.Value.PublicBaseUrl is { } configured ? await ProbeAsync(new Uri(configured), cancellationToken)
                : HealthCheckResult.Degraded("Site:PublicBaseUrl is not set, so not HTTPS as far as this server knows: links are built from the address the server listens on, and the certificate the public meets cannot be checked.");
            if (result.Status != HealthStatus.Healthy)
            {
                log.LogWarning("Public certificate check: {Reason}", result.Description);
            }

            _last = (result, clock.GetUtcNow());
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(Uri site, CancellationToken ct)
    {
        if (site.Scheme != Uri.UriSchemeHttps)
        {
            return HealthCheckResult.Degraded($"Site:PublicBaseUrl ({site.GetLeftPart(UriPartial.Authority)}) is not HTTPS: the public reaches this server without TLS.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(site.IdnHost, site.Port, timeout.Token);
            var errors = SslPolicyErrors.None;
            await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            try
            {
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = site.IdnHost,
                    // The system's validation decides; the callback only keeps its verdict to say why.
                    RemoteCertificateValidationCallback = (_, _, _, e) =>
                    {
                        errors = e;
                        return e == SslPolicyErrors.None;
                    },
                }, timeout.Token);
            }
            catch (System.Security.Authentication.AuthenticationException) when (errors != SslPolicyErrors.None)
            {
                return HealthCheckResult.Degraded($"The certificate {site.IdnHost}:{site.Port} presents is not publicly trusted ({errors}): browsers and NCB systems will refuse or warn.");
            }

            using var presented = new X509Certificate2(tls.RemoteCertificate!);
            var left = presented.NotAfter.ToUniversalTime() - clock.GetUtcNow().UtcDateTime;
            return left < ExpiryWarning
                ? HealthCheckResult.Degraded($"The certificate for {site.IdnHost} expires in {Math.Max(0, (int)left.TotalDays)} day(s) ({presented.NotAfter:yyyy-MM-dd}).")
                : HealthCheckResult.Healthy($"Publicly trusted certificate for {site.IdnHost}, valid until {presented.NotAfter:yyyy-MM-dd}.");
        }
        catch (Exception e) when (e is SocketException or IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"Could not complete a TLS handshake with {site.IdnHost}:{site.Port} ({e.GetType().Name}).");
        }
    }
}

/// <summary>Runs the public certificate check once at start outside Development, so a wrong certificate is in the log.</summary>
internal sealed class PublicCertificateAtStart(PublicCertificateCheck check, IHostEnvironment env) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!env.IsDevelopment())
        {
            await check.CheckHealthAsync(new HealthCheckContext(), stoppingToken);
        }
    }
}

internal static class PublicCertificate
{
    public const string Tag = "certificate";

    public static IHealthChecksBuilder AddPublicCertificateCheck(this IHealthChecksBuilder checks)
    {
        checks.Services.AddSingleton<PublicCertificateCheck>();
        checks.Services.AddHostedService<PublicCertificateAtStart>();
        return checks.Add(new HealthCheckRegistration("public-certificate", sp => sp.GetRequiredService<PublicCertificateCheck>(), HealthStatus.Degraded, [Tag]));
    }

    /// <summary><c>GET /health/certificate</c>: the status and, in words, why (public facts about the public endpoint).</summary>
    public static IEndpointConventionBuilder MapPublicCertificateCheck(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health/certificate", new()
        {
            Predicate = c => c.Tags.Contains(Tag),
            ResultStatusCodes = { [HealthStatus.Healthy] = StatusCodes.Status200OK, [HealthStatus.Degraded] = StatusCodes.Status200OK, [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
            ResponseWriter = (http, report) =>
            {
                http.Response.ContentType = "text/plain; charset=utf-8";
                var entry = report.Entries.Values.FirstOrDefault();
                return http.Response.WriteAsync($"{report.Status}: {entry.Description}");
            },
        }).AllowAnonymous();
}
