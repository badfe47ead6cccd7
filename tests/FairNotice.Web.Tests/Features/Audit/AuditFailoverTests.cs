using System.Net;
using FairNotice.Web.Features.Audit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Features.Audit;

/// <summary>Sealer failover (issue #16, ADR 0033): two nodes on one PostgreSQL database; node A (the fixture's host) seals.
/// When A's sealer session is killed, or A dies in the middle of a sealing round, writes go on being accepted, one node
/// (B when A is gone) takes the sealer's lock within a bounded time and seals everything, and the log verifies with every
/// accepted write's entry in it exactly once. Every wait is on a condition with a deadline, never a guessed sleep.</summary>
public sealed class AuditFailoverTests : IAsyncLifetime
{
    private const string Demo = "@demo.fairnotice";
    private const long SealerLock = 724244;
    private const long ChainLock = 724242;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly PostgresFixture _app = new();

    public async ValueTask InitializeAsync()
    {
        // Writers answer without waiting for the seal, as in production: the entries of accepted writes wait in AuditPending.
        _app.Settings["Audit:AwaitSeal"] = "false";
        await _app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SealerSessionKilled_WritesGoOn_OneNodeSealsEverythingOnce()
    {
        await using var b = _app.CreateNode();
        _ = b.Server;
        var nodes = new[] { _app.Factory, b };
        await UntilAsync(async () => Sealer(_app.Factory).LockSession is { } pid && await HoldersAsync() is [var h] && h == pid, "node A never became the sealer", Sealer(_app.Factory), Sealer(b));
        Assert.Null(Sealer(b).LockSession);
        using var onA = await _app.As("ncb.fr" + Demo);
        using var onB = await _app.As("ncb.fr" + Demo, on: b);
        var written = new List<Guid>();
        await WriteAsync([onA, onB], written, 4);

        var killed = await TerminateAsync($"SELECT pid FROM pg_locks WHERE {Lock(SealerLock)} AND granted");
        Assert.Equal(1L, killed);
        // Writes keep being accepted on both nodes while nobody (or a node that has not noticed yet) seals.
        await WriteAsync([onA, onB], written, 6);

        // Within the deadline exactly one session holds the lock, it is the one a node believes it seals with, and no node
        // believes it seals with a session that no longer holds it (a stale sealer would seal without the lock).
        await UntilAsync(async () => await HoldersAsync() is [var holder] && nodes.Select(n => Sealer(n).LockSession).OfType<int>().SequenceEqual([holder]),
            "no single node seals again after the sealer's session was killed", Sealer(_app.Factory), Sealer(b));
        await WriteAsync([onA, onB], written, 4);
        await AssertSealedOnceAsync(written, b);
    }

    [Fact]
    public async Task SealerDiesMidRound_ItsRoundRollsBack_NodeBSealsEverythingOnce()
    {
        await using var b = _app.CreateNode();
        _ = b.Server;
        await UntilAsync(async () => Sealer(_app.Factory).LockSession is { } pid && await HoldersAsync() is [var h] && h == pid, "node A never became the sealer", Sealer(_app.Factory), Sealer(b));
        // Tokens for both nodes before A goes (signing in goes through A).
        using var onA = await _app.As("ncb.fr" + Demo);
        using var onB = await _app.As("ncb.fr" + Demo, on: b);
        _ = await _app.As("auditor" + Demo);
        var written = new List<Guid>();
        await WriteAsync([onA, onB], written, 2);
        await UntilAsync(async () => await PendingAsync(b) == 0, "the first writes were never sealed");

        // Hold the chain's lock, which the sealer takes inside its round: A's next round reads the pending entries and waits.
        await using var holder = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await holder.OpenAsync();
        var hold = await holder.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_xact_lock({ChainLock})", holder, hold))
        {
            await take.ExecuteNonQueryAsync();
        }

        await WriteAsync([onA, onB], written, 6);
        var sealedBefore = await SealedAsync(b);
        await UntilAsync(async () => await CountAsync($"SELECT count(*) FROM pg_locks WHERE {Lock(ChainLock)} AND NOT granted") == 1,
            "node A's sealing round never started");

        // A dies: the database ends both of its sessions (the one holding the sealer's lock, and the one inside the round),
        // so the round's transaction rolls back; then its host stops.
        Assert.Equal(2L, await TerminateAsync($"SELECT pid FROM pg_locks WHERE ({Lock(SealerLock)} AND granted) OR ({Lock(ChainLock)} AND NOT granted)"));
        // Rolled back: the round's entries are all still pending, none sealed (the chain's lock is still held here).
        Assert.Equal(sealedBefore, await SealedAsync(b));
        Assert.True(await PendingAsync(b) >= 6);
        await hold.RollbackAsync();
        await hold.DisposeAsync();
        var sealerA = Sealer(_app.Factory);
        await _app.Factory.DisposeAsync();

        await UntilAsync(async () => Sealer(b).LockSession is { } pid && await HoldersAsync() is [var h] && h == pid, "node B did not take the sealer's lock after A died", sealerA, Sealer(b));
        await WriteAsync([onB], written, 3);
        await AssertSealedOnceAsync(written, b);
    }

    private static AuditSealer Sealer(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<AuditSealer>();

    /// <summary>Creates drafts alternately on the given nodes; each must be accepted.</summary>
    private static async Task WriteAsync(HttpClient[] nodes, List<Guid> written, int count)
    {
        for (var i = 0; i < count; i++)
        {
            written.Add(await Requests.CreateAsync(nodes[i % nodes.Length], Requests.RedNotice("FAILOVER")));
        }
    }

    /// <summary>Every pending entry sealed (within the deadline); the trail verifies; each write's creation entry is in the
    /// log exactly once and the log has no gap.</summary>
    private async Task AssertSealedOnceAsync(List<Guid> written, WebApplicationFactory<Program> node)
    {
        await UntilAsync(async () => await PendingAsync(node) == 0, "pending audit entries were not all sealed");
        using var auditor = await _app.As("auditor" + Demo, on: node);
        var verify = await auditor.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var verdict = await verify.Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());

        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Platform.AppDbContext>();
        var ids = written.Select(w => w.ToString()).ToList();
        var created = await db.AuditEntries.Where(e => e.Action == "notice.create" && ids.Contains(e.ObjectId!)).GroupBy(e => e.ObjectId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(written.Count, created.Count);
        Assert.All(created, c => Assert.Equal(1, c));
        // One read (the verify request's own entry may be sealed meanwhile): sequences contiguous, none twice.
        var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(0, sequences.Count).Select(i => sequences[0] + i), sequences);
    }

    private static async Task<int> PendingAsync(WebApplicationFactory<Program> node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Web.Platform.AppDbContext>().AuditPending.CountAsync();
    }

    private static async Task<int> SealedAsync(WebApplicationFactory<Program> node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Web.Platform.AppDbContext>().AuditEntries.CountAsync();
    }

    /// <summary>An advisory lock on a single bigint key of this database, as pg_locks shows it.</summary>
    private static string Lock(long key, string of = "") =>
        $"{of}locktype = 'advisory' AND {of}database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND (({of}classid::bigint << 32) | {of}objid::bigint) = {key} AND {of}objsubid = 1";

    private async Task<List<int>> HoldersAsync()
    {
        await using var c = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await c.OpenAsync();
        await using var q = new Npgsql.NpgsqlCommand($"SELECT pid FROM pg_locks WHERE {Lock(SealerLock)} AND granted", c);
        var pids = new List<int>();
        await using var r = await q.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            pids.Add(r.GetInt32(0));
        }

        return pids;
    }

    private async Task<string> SessionsAsync()
    {
        await using var c = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await c.OpenAsync();
        await using var q = new Npgsql.NpgsqlCommand(
            $"SELECT string_agg(a.pid || ' ' || coalesce(a.application_name, '') || ' ' || coalesce(a.state, '') || ' ' || a.backend_start || ' ' || left(coalesce(a.query, ''), 60), '; ') FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid WHERE {Lock(SealerLock, "l.")}", c);
        return (await q.ExecuteScalarAsync()) as string ?? "";
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var c = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await c.OpenAsync();
        await using var q = new Npgsql.NpgsqlCommand(sql, c);
        return (long)(await q.ExecuteScalarAsync())!;
    }

    /// <summary>Terminates the backends the query selects; returns how many.</summary>
    private async Task<long> TerminateAsync(string pids) =>
        await CountAsync($"SELECT count(pg_terminate_backend(pid)) FROM ({pids}) AS victims");

    private async Task UntilAsync(Func<Task<bool>> condition, string failure, params AuditSealer[] nodes)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow >= until)
            {
                // Say who holds the lock and who believes it seals.
                var believed = string.Join(", ", nodes.Select(n => n.LockSession?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"));
                var holders = string.Join(", ", await HoldersAsync());
                Assert.Fail($"{failure} (within {Deadline.TotalSeconds:0} s); lock held by sessions [{holders}] ({await SessionsAsync()}), nodes believe [{believed}]");
            }

            await Task.Delay(50);
        }
    }
}
