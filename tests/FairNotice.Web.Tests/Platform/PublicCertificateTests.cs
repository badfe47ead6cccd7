using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FairNotice.Web.Platform;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Platform;

/// <summary>ASVS 5.0 12.2.2: the certificate the public meets is checked as a client would check it, and a certificate
/// that is not publicly trusted, a site without TLS or an unreachable one is reported with the reason.</summary>
public sealed class PublicCertificateTests
{
    private static PublicCertificateCheck Check(string url) =>
        new(Options.Create(new SiteOptions { PublicBaseUrl = url }), TimeProvider.System, NullLogger<PublicCertificateCheck>.Instance);

    [Fact]
    public async Task SelfSignedCertificate_IsDegraded_NotPubliclyTrusted()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(90));
        using var server = X509CertificateLoader.LoadPkcs12(selfSigned.Export(X509ContentType.Pkcs12), null);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var serve = Task.Run(async () =>
            {
                using var client = await listener.AcceptTcpClientAsync();
                await using var tls = new SslStream(client.GetStream());
                try
                {
                    await tls.AuthenticateAsServerAsync(server);
                }
                catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
                {
                    // The client refuses the certificate: expected.
                }
            });

            using var check = Check($"https://localhost:{port}");
            var result = await check.CheckHealthAsync(new HealthCheckContext());
            await serve.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HealthStatus.Degraded, result.Status);
            Assert.Contains("not publicly trusted", result.Description, StringComparison.Ordinal);
            Assert.Contains("RemoteCertificateChainErrors", result.Description, StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task NothingListening_IsDegraded_Unreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        using var check = Check($"https://127.0.0.1:{port}");
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("Could not complete a TLS handshake", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttpSite_IsDegraded_NoTls()
    {
        using var check = Check("http://notices.example.org");
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("is not HTTPS", result.Description, StringComparison.Ordinal);
    }
}
