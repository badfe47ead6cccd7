using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Npgsql;

namespace FairNotice.Web.Tests;

/// <summary>A TCP relay the test can cut and restore: the app reaches PostgreSQL only through it, so cutting it is the
/// database going away while the server runs (stopped, crashed, or the network lost), without touching the shared server.</summary>
public sealed class CuttableRelay(int targetPort) : IAsyncDisposable
{
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cts = new();

    public int Port { get; private set; }

    public void Start()
    {
        _cts = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _cts.Token);
    }

    /// <summary>Refuses new connections and cuts every open one.</summary>
    public void Cut()
    {
        _cts.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var c in _open)
            {
                c.Dispose();
            }

            _open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, targetPort, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            lock (_open)
            {
                _open.Add(client);
                _open.Add(server);
            }

            _ = PumpAsync(client, server, ct);
            _ = PumpAsync(server, client, ct);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken ct)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), ct);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // Cut: the other direction ends too.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _cts.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The app on a fresh PostgreSQL database reached through a <see cref="CuttableRelay"/>.</summary>
public sealed class RelayedPostgresFixture : AppFixture
{
    private readonly string _name = $"fn_test_{Guid.NewGuid():N}";
    private string _admin = "";

    public CuttableRelay Relay { get; private set; } = null!;

    public override string Provider => "Postgres";

    protected override async Task CreateDatabaseAsync()
    {
        _admin = Environment.GetEnvironmentVariable("FAIRNOTICE_TEST_PG")
            ?? throw new InvalidOperationException("FAIRNOTICE_TEST_PG is not set: run ./test.sh, which starts a throwaway PostgreSQL 15.");
        await using (var conn = new NpgsqlConnection(_admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var admin = new NpgsqlConnectionStringBuilder(_admin);
        Relay = new CuttableRelay(admin.Port);
        Relay.Start();
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Host = "127.0.0.1", Port = Relay.Port, Timeout = 5 }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        await Relay.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>ASVS 16.5.2: losing the database while the server runs gives 503 problem details with Retry-After (never a
/// 500 or a stack), nothing is half-written, and the server serves again once the database is back, without a restart.</summary>
public sealed class DatabaseOutageTests(RelayedPostgresFixture app) : IClassFixture<RelayedPostgresFixture>
{
    [Fact]
    public async Task DatabaseLostWhileRunning_503ProblemDetails_ThenRecoversWhenItIsBack()
    {
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        Assert.Equal(HttpStatusCode.OK, (await fr.GetAsync("/api/notices?scope=mine")).StatusCode);

        app.Relay.Cut();
        try
        {
            foreach (var request in new Func<Task<HttpResponseMessage>>[]
            {
                () => fr.GetAsync("/api/notices?scope=mine"),
                () => fr.PostAsJsonAsync("/api/notices", Requests.RedNotice("OUTAGE")),
                () => fr.GetAsync("/api/notices?scope=mine"),
            })
            {
                var r = await request();
                var body = await r.Content.ReadAsStringAsync();
                Assert.True(r.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)r.StatusCode}: {body}");
                Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
                Assert.Contains("database.unavailable", body, StringComparison.Ordinal);
                Assert.NotNull(r.Headers.RetryAfter);
                Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
            }

            using var anon = app.Anonymous();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anon.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            app.Relay.Start();
        }

        // Back: a connection cut in the pool may fail once more; the server itself needs no restart.
        HttpResponseMessage? again = null;
        for (var i = 0; i < 20 && again?.StatusCode != HttpStatusCode.OK; i++)
        {
            again = await fr.GetAsync("/api/notices?scope=mine");
        }

        Assert.Equal(HttpStatusCode.OK, again!.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await fr.PostAsJsonAsync("/api/notices", Requests.RedNotice("AFTEROUTAGE"))).StatusCode);
        var mine = await (await fr.GetAsync("/api/notices?scope=mine&pageSize=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("OUTAGE\"", mine.Replace("AFTEROUTAGE\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
