using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Platform;
using FairNotice.Web.Tests.Features.PublicNotices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Accounts;

/// <summary>The set-password links follow the HAL links' rule: <c>Site:PublicBaseUrl</c>, else the address the server listens
/// on; never a fixed default (they said http://127.0.0.1:5080 whatever the server listened on), never the Host header.</summary>
public sealed class SetPasswordLinkBaseTests(OtherPortFixture fixture) : IClassFixture<OtherPortFixture>
{
    [Fact]
    public async Task CreateAccount_NoBaseConfigured_LinkIsTheListeningAddress_NotTheDefaultNorTheHostHeader()
    {
        using var admin = await fixture.App.As("admin@demo.fairnotice");
        var email = $"l{Guid.NewGuid():N}"[..12] + "@ncb.example.org";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/accounts") { Content = JsonContent.Create(Accounts.Ncb(email)) };
        request.Headers.Host = "attacker.example";

        using var response = await admin.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var link = (await response.Json()).GetProperty("link").GetString()!;
        Assert.StartsWith("http://127.0.0.1:5092/Account/SetPassword?token=", link, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await Accounts.SetPasswordAsync(fixture.App, link)).StatusCode);
    }

    [Theory]
    [InlineData(null, "http://0.0.0.0:6123;https://[::]:6124", "https://localhost:6124")]
    [InlineData(null, "http://127.0.0.1:6125", "http://127.0.0.1:6125")]
    [InlineData("https://notices.example.org/", "http://127.0.0.1:6125", "https://notices.example.org")]
    [InlineData(null, null, "http://localhost")]
    public void BeforeListening_CommandLine_UsesTheConfiguredBaseElseTheAddressTheSettingsListenOn(string? configured, string? urls, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = urls }).Build();
        using var services = new ServiceCollection().BuildServiceProvider();
        var address = new PublicAddress(Options.Create(new SiteOptions { PublicBaseUrl = configured }), configuration, services);

        Assert.Equal(expected, address.Base);
        Assert.Equal(expected + "/Account/SetPassword?token=x", address.Absolute("/Account/SetPassword?token=x"));
    }
}
