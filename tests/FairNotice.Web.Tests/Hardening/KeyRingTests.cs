using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>The data-protection key ring: in the configured folder, under one application name, encrypted with a configured certificate.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"fn-keyring-{Guid.NewGuid():N}");

    private ServiceProvider Build(Dictionary<string, string?> settings, string environment = "Production")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddKeyRing(configuration, new HostingEnvironment { EnvironmentName = environment, ContentRootPath = _dir });
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Protect_WithAConfiguredFolder_KeysWrittenThereUnderTheAppName()
    {
        using var sp = Build(new() { ["DataProtection:KeysDirectory"] = "ring", ["Demo:Enabled"] = "true" });

        var secret = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload");

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dir, "ring"), "key-*.xml"));
        Assert.Equal(KeyRing.ApplicationName, sp.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
        // Another node (another provider over the same folder) reads what this one protected.
        using var other = Build(new() { ["DataProtection:KeysDirectory"] = "ring", ["Demo:Enabled"] = "true" });
        Assert.Equal("payload", other.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
        Assert.Empty(sp.GetServices<IHostedService>().OfType<UnencryptedKeyRingWarning>());
    }

    [Fact]
    public void Protect_WithACertificate_KeysEncryptedAtRest()
    {
        Directory.CreateDirectory(_dir);
        using var rsa = RSA.Create(2048);
        using var cert = new CertificateRequest("CN=fairnotice-keyring-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            // A fixed, wide validity window, so that the test reads no clock.
            .CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero));
        File.WriteAllBytes(Path.Combine(_dir, "ring.pfx"), cert.Export(X509ContentType.Pkcs12, "pfx-pass"));
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:KeysDirectory"] = "ring", ["DataProtection:CertificateFile"] = "ring.pfx", ["DataProtection:CertificatePassword"] = "pfx-pass",
        };
        using var sp = Build(settings);

        var secret = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload");

        var xml = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(_dir, "ring"), "key-*.xml")));
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        using var other = Build(settings);
        Assert.Equal("payload", other.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
        Assert.Empty(sp.GetServices<IHostedService>().OfType<UnencryptedKeyRingWarning>());
    }

    [Fact]
    public void AddKeyRing_ProductionWithoutCertificate_Warns()
    {
        using var sp = Build(new() { ["DataProtection:KeysDirectory"] = "ring" });

        Assert.Single(sp.GetServices<IHostedService>().OfType<UnencryptedKeyRingWarning>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
