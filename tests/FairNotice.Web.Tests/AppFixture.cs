using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests;

/// <summary>A clock the tests move by hand.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The app over a fresh database of one provider, with the demo accounts seeded.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    public const string Password = "Test-password-2026";
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signInGate = new(1, 1);
    private WebApplicationFactory<Program>? _factory;

    public TestClock Clock { get; } = new();

    /// <summary>The clock authenticator codes are checked against (see <see cref="AuthenticatorClock"/>).</summary>
    public AuthenticatorClock Authenticator { get; } = new();

    public abstract string Provider { get; }

    public string ConnectionString { get; protected set; } = "";

    /// <summary>Where demo mode generates this fixture's audit keys and writes its signed heads.</summary>
    public string AuditDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fairnotice-audit-{Guid.NewGuid():N}");

    /// <summary>Extra host settings (e.g. tight budgets), applied over appsettings.Testing.json.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra test services (e.g. a simulated client address).</summary>
    public Action<IServiceCollection>? Services { get; set; }

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public static JsonSerializerOptions JsonOptions { get; } = Json.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    protected abstract Task CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        _factory = Build(null);
        _ = _factory.Server;
    }

    /// <summary>Another node over the same database, keys and clock (the cluster tests' second host): started on first
    /// use of its <c>Server</c>; the caller disposes it. <paramref name="node"/> adds settings for this node only.</summary>
    public WebApplicationFactory<Program> CreateNode(Dictionary<string, string?>? node = null) => Build(node);

    private WebApplicationFactory<Program> Build(Dictionary<string, string?>? node) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", Provider);
            b.UseSetting("Database:ConnectionString", ConnectionString);
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", Password);
            b.UseSetting("Audit:Directory", AuditDirectory);
            b.UseSetting("DataProtection:KeysDirectory", Path.Combine(AuditDirectory, "data-protection"));
            foreach (var (key, value) in Settings.Concat(node ?? []))
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddKeyedSingleton<TimeProvider>(SecondFactors.ClockKey, Authenticator);
                Services?.Invoke(s);
            });
        });

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _signInGate.Dispose();
        await DropDatabaseAsync();
        if (Directory.Exists(AuditDirectory))
        {
            Directory.Delete(AuditDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client carrying a bearer token for the account (logged in once per fixture, with the demo authenticator's next code).</summary>
    public async Task<HttpClient> As(string email, bool fresh = false, WebApplicationFactory<Program>? on = null)
    {
        if (fresh || !_tokens.TryGetValue(email, out var token))
        {
            using var anon = Anonymous();
            // One sign-in at a time: each takes the account's next authenticator step, and the server accepts a step only
            // while it is current or just past, as in production; tests that race requests still race them after this.
            await _signInGate.WaitAsync();
            HttpResponseMessage response;
            try
            {
                response = await anon.PostAsJsonAsync("/api/auth/login", new { email, password = Password, twoFactorCode = Authenticator.NextCode(email) });
            }
            finally
            {
                _signInGate.Release();
            }

            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            token = body.GetProperty("accessToken").GetString()!;
            if (!fresh)
            {
                _tokens[email] = token;
            }
        }

        var client = on is null ? Anonymous() : on.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Enrols an account a test created with the demo authenticator key, so that <see cref="As"/> can sign it in
    /// (an account without a second factor gets no token: it must enrol on the page first).</summary>
    public async Task EnrolDemoAuthenticatorAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorClock.DemoKey);
        await users.SetTwoFactorEnabledAsync(user, true);
    }

    /// <summary>Drops the cached token (after a test revoked the account's sessions); the next <see cref="As"/> signs in again.</summary>
    public void Forget(string email) => _tokens.TryRemove(email, out _);

    /// <summary>Drops every cached token (after something that ends every session).</summary>
    public void ForgetAll() => _tokens.Clear();

    internal async Task<T> WithDb<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

public sealed class SqliteFixture : AppFixture
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-test-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    protected override Task CreateDatabaseAsync()
    {
        ConnectionString = $"Data Source={_path}";
        return Task.CompletedTask;
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh database on the PostgreSQL server named by FAIRNOTICE_TEST_PG (test.sh starts a throwaway cluster).</summary>
public sealed class PostgresFixture : AppFixture
{
    private readonly string _name = $"fn_test_{Guid.NewGuid():N}";
    private string _admin = "";

    public override string Provider => "Postgres";

    protected override async Task CreateDatabaseAsync()
    {
        _admin = Environment.GetEnvironmentVariable("FAIRNOTICE_TEST_PG")
            ?? throw new InvalidOperationException("FAIRNOTICE_TEST_PG is not set: run ./test.sh, which starts a throwaway PostgreSQL 15, or point it at a server (e.g. Host=127.0.0.1;Port=5432;Username=postgres).");
        await using var conn = new Npgsql.NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand($"CREATE DATABASE {_name}", conn);
        await cmd.ExecuteNonQueryAsync();
        ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var conn = new Npgsql.NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
