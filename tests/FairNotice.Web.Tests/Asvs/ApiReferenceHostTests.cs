using System.Net;
using FairNotice.Web.Tests.Hardening;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>An app that serves the API reference, on its own host name only (ApiReference:Host).</summary>
public sealed class ApiReferenceHostFixture : IAsyncLifetime
{
    public const string Host = "api-docs.fairnotice.test";

    public SqliteFixture App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Settings["ApiReference:Enabled"] = "true";
        App.Settings["ApiReference:Host"] = Host;
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>ASVS 5.0 3.5.4: the third-party API reference (Scalar, which needs 'unsafe-eval' and inline styles) is not served
/// beside the application outside Development, and where an operator turns it on it can be bound to a host of its own.</summary>
public sealed class ApiReferenceHostTests(ApiReferenceHostFixture separate) : IClassFixture<ApiReferenceHostFixture>
{
    private static HttpClient On(AppFixture app, string host) =>
        app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });

    [Fact]
    public async Task NotDevelopment_NoSetting_ScalarIs404()
    {
        // The SecureHost app runs in the Testing environment with no ApiReference settings, as production would.
        await using var app = new SqliteFixture();
        await app.InitializeAsync();
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/scalar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/scalar/v1")).StatusCode);
        // The API description itself is the application's own JSON and stays.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Enabled_OnItsOwnHost_ServedThereOnly()
    {
        using var appHost = On(separate.App, "localhost");
        using var docsHost = On(separate.App, ApiReferenceHostFixture.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await appHost.GetAsync("/scalar/v1")).StatusCode);
        var docs = await docsHost.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("unsafe-eval", string.Join(' ', docs.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
