using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Platform;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace FairNotice.Web.Tests.Platform;

/// <summary>Counts how often it is asked: proves which health endpoint runs checks.</summary>
internal sealed class CountingHealthCheck : IHealthCheck
{
    public static int Calls;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Calls);
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}

/// <summary>The app with a metrics token and one listed scraper network; each request's client address from
/// <see cref="SimulatedClientAddress.Header"/>.</summary>
public sealed class OperabilityFixture : IAsyncLifetime
{
    public const string Token = "metrics-token-for-tests-0123456789";

    public SqliteFixture App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Settings["Telemetry:MetricsToken"] = Token;
        App.Settings["Telemetry:MetricsNetworks:0"] = "198.51.100.0/24";
        App.Services = s =>
        {
            SimulatedClientAddress.Add(s);
            s.AddHealthChecks().AddCheck<CountingHealthCheck>("counting");
        };
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Issue #16 item 6 (ADR 0034): liveness, the Prometheus endpoint denied by default, the FairNotice meters, no
/// traces without an OTLP endpoint.</summary>
public sealed class OperabilityTests(OperabilityFixture fixture) : IClassFixture<OperabilityFixture>
{
    private AppFixture App => fixture.App;

    private async Task<HttpResponseMessage> Metrics(string client, string? forwardedFor = null, string? token = null)
    {
        using var http = App.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add(SimulatedClientAddress.Header, client);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    [Fact]
    public async Task HealthLive_RunsNoCheck_WhileReadyRunsThem()
    {
        using var http = App.Anonymous();
        var before = Volatile.Read(ref CountingHealthCheck.Calls);
        var live = await http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(before, Volatile.Read(ref CountingHealthCheck.Calls));

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.True(Volatile.Read(ref CountingHealthCheck.Calls) > before);
    }

    [Fact]
    public async Task Metrics_FromTheHost_ShowsScreeningAndEveryFairNoticeMeter_NeverTheName()
    {
        using var screener = await App.As("ncb.fr@demo.fairnotice");
        var screened = await screener.PostAsJsonAsync("/api/screening", new { name = "Zebulon Quarantotto", purpose = "border check" });
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
        // Another helper's meter (e.g. the change feed): registered by name prefix, so it appears without touching Telemetry.
        var meter = App.Factory.Services.GetRequiredService<IMeterFactory>().Create("FairNotice.ChangeFeed");
        meter.CreateCounter<long>("fairnotice.test.probe").Add(3);

        var answer = await Metrics("127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var text = await answer.Content.ReadAsStringAsync();
        Assert.Contains("fairnotice_screening_persons", text, StringComparison.Ordinal);
        Assert.Contains("channel=\"single\"", text, StringComparison.Ordinal);
        Assert.Contains("fairnotice_test_probe", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarantotto", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("203.0.113.5", null)] // anyone on the Internet
    [InlineData("127.0.0.1", "203.0.113.5")] // a reverse proxy on the same host forwarding an outside request
    [InlineData("10.0.0.8", null)] // a private address that is not listed
    public async Task Metrics_FromElsewhere_IsTheOrdinary404(string client, string? forwardedFor)
    {
        var answer = await Metrics(client, forwardedFor);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_FromAListedNetwork_OrWithTheToken_IsServed_AWrongTokenIsNot()
    {
        Assert.Equal(HttpStatusCode.OK, (await Metrics("198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Metrics("203.0.113.5", token: OperabilityFixture.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Metrics("203.0.113.5", token: OperabilityFixture.Token + "x")).StatusCode);
    }

    [Fact]
    public void Traces_WithoutAnOtlpEndpoint_AreNotRecorded()
    {
        Assert.Null(App.Factory.Services.GetService<TracerProvider>());
        var options = App.Factory.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        Assert.Null(Telemetry.OtlpEndpoint(options, new ConfigurationBuilder().Build()));
        Assert.Equal("http://collector:4317", Telemetry.OtlpEndpoint(options,
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4317" }).Build()));
    }
}

/// <summary>The standard <c>ConnectionStrings:Default</c> beside <c>Database:ConnectionString</c> (ADR 0034).</summary>
public sealed class StandardConnectionStringTests
{
    private static DatabaseOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var env = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Production" };
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDatabase(configuration, env).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Assert.Equal(options.ConnectionString, Database.Read(configuration).ConnectionString); // the eager readers agree with the options
        return options;
    }

    [Fact]
    public void Read_OnlyTheStandardKey_UsesIt()
    {
        var options = Resolve(new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Default"] = "Host=/run/postgresql;Username=fairnotice_app" });
        Assert.Equal("Host=/run/postgresql;Username=fairnotice_app", options.ConnectionString);
        Assert.Equal("Postgres", options.Provider);
    }

    [Fact]
    public void Read_BothKeys_DatabaseConnectionStringWins()
    {
        var options = Resolve(new() { ["ConnectionStrings:Default"] = "Data Source=standard.db", ["Database:ConnectionString"] = "Data Source=own.db" });
        Assert.Equal("Data Source=own.db", options.ConnectionString);
    }

    [Fact]
    public void Read_NeitherKey_TheEmbeddedDefault()
    {
        var options = Resolve(new() { ["Database:Provider"] = "Sqlite" });
        Assert.Equal("Data Source=fairnotice.db", options.ConnectionString);
        Assert.Equal("Sqlite", options.Provider);
    }
}
