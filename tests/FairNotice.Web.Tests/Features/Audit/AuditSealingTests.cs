using System.Net;
using System.Net.Http.Json;
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

/// <summary>Audit:AwaitSeal (read-your-writes for the trail) holds for a feature that opens its own transaction around
/// several saves: the wait happens when that transaction commits, not at the inner save (where nothing is committed yet).
/// The chain's lock is held elsewhere for a while, so an answer that did not wait would find its entry still pending.</summary>
public sealed class AuditAwaitSealTests : IAsyncLifetime
{
    private readonly PostgresFixture _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ChangeAccess_InItsOwnTransaction_AnswersOnlyOnceItsEntryIsSealed()
    {
        var (id, _) = await FairNotice.Web.Tests.Features.Accounts.Accounts.ReadyAsync(_app, "DE");
        using var admin = await _app.As("admin@demo.fairnotice");

        await using var holder = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await holder.OpenAsync();
        Task<HttpResponseMessage> answer;
        await using (var tx = await holder.BeginTransactionAsync())
        {
            // The chain's lock, which the sealer takes to chain (as AuditSealingTests): held here, nothing can be sealed.
            await using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(724242)", holder, tx))
            {
                await take.ExecuteNonQueryAsync();
            }

            answer = admin.PutAsJsonAsync($"/api/accounts/{id}/access", new { affiliation = "Ncb", country = "AT", roles = new[] { "NcbOfficer" } });
            await Task.Delay(1500);
            Assert.False(answer.IsCompleted, "answered while its audit entry could not be sealed");
            await tx.RollbackAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await answer).StatusCode);
        Assert.True(await _app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Action == "account.access-change" && a.ObjectId == id)));
        Assert.False(await _app.WithDb(db => db.AuditPending.AnyAsync(a => a.Action == "account.access-change")));
    }
}
