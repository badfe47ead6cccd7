using System.Net;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Audit;

/// <summary>ADR 0033 on PostgreSQL: audited requests do not wait for the audit chain. With the chain's lock held by
/// someone else (as the sealer holds it while it chains), audited reads are still answered; their entries wait, MAC'd, in
/// AuditPending, and are sealed into the chain once the lock is free, leaving a trail that verifies.</summary>
public sealed class AuditSealingTests : IAsyncLifetime
{
    private readonly PostgresFixture _app = new();

    public async ValueTask InitializeAsync()
    {
        // This host answers without waiting for its entries to be sealed, as in production.
        _app.Settings["Audit:AwaitSeal"] = "false";
        await _app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AuditedReads_WhileTheChainLockIsHeld_AreAnsweredAndSealedAfterwards()
    {
        using var fr = await _app.As("ncb.fr@demo.fairnotice");
        using var auditor = await _app.As("auditor@demo.fairnotice");
        await WaitAsync(async () => await _app.WithDb(db => db.AuditPending.AnyAsync()) == false);

        await using var blocker = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await blocker.OpenAsync();
        await using (var tx = await blocker.BeginTransactionAsync())
        {
            await using (var lockChain = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(724242)", blocker, tx))
            {
                await lockChain.ExecuteNonQueryAsync();
            }

            var sealedBefore = await _app.WithDb(db => db.AuditEntries.CountAsync());
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await fr.GetAsync("/api/notices", deadline.Token)).StatusCode);
            }

            Assert.True(await _app.WithDb(db => db.AuditPending.CountAsync(p => p.Action == "notice.list")) >= 5);
            Assert.Equal(sealedBefore, await _app.WithDb(db => db.AuditEntries.CountAsync()));
            await tx.RollbackAsync();
        }

        await WaitAsync(async () => await _app.WithDb(db => db.AuditPending.AnyAsync()) == false);
        Assert.True(await _app.WithDb(db => db.AuditEntries.CountAsync(a => a.Action == "notice.list")) >= 5);
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task ForgedPendingEntry_IsNamedByVerify_AndNotSealed()
    {
        using var auditor = await _app.As("auditor@demo.fairnotice");
        await _app.WithDb(db => db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AuditPending" ("Nonce", "KeyId", "Mac", "At", "ActorId", "Action", "ObjectType", "Outcome")
            VALUES (gen_random_uuid(), 'forged', repeat('0', 64), now(), 'intruder', 'notice.read', 'notice', 'ok')
            """));
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.False(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        Assert.Contains("pending", verdict.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(await _app.WithDb(db => db.AuditEntries.AnyAsync(a => a.ActorId == "intruder")));
        await _app.WithDb(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditPending" WHERE "ActorId" = 'intruder'"""));
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 200 && !await done(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await done(), "timed out");
    }
}
