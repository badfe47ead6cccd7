using System.Net.Http.Json;
using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Audit;

/// <summary>Issue #12 item 3: an attacker with write access to the database (not to the server's keys) empties, truncates,
/// forges or edits rows; verify must name each. Every tampering runs in a transaction that is rolled back afterwards.</summary>
public abstract class AuditTamperingTests(AppFixture app) : IAsyncLifetime
{
    private const string Demo = "@demo.fairnotice";
    private Guid _excluding;
    private Guid _diffusion;

    public async ValueTask InitializeAsync()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        _excluding = await Requests.CreateAsync(fr, Requests.RedNotice("TAMPERPROOF", restricted: ["RU", "CN"]));
        _diffusion = await Requests.CreateAsync(fr, Requests.Diffusion(["DE", "GB"]), "/api/diffusions");
        await app.WithDb(async db => await SignAuditHead.WriteAsync(db, Keys, app.Clock.GetUtcNow(), NullLogger.Instance, CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private AuditKeyring Keys => app.Factory.Services.GetRequiredService<AuditKeyring>();

    // Tampers inside a transaction, verifies through the same connection (so it sees the tampering), then rolls back.
    private async Task<AuditVerification> VerifyAfter(FormattableString tampering)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync(tampering);
        var verdict = await VerifyAuditTrail.RunAsync(db, await AuditEvidence.FromAsync(Keys, CancellationToken.None), CancellationToken.None);
        await tx.RollbackAsync();
        return verdict;
    }

    private Task<AuditVerification> Verify() =>
        app.WithDb(async db => await VerifyAuditTrail.RunAsync(db, await AuditEvidence.FromAsync(Keys, CancellationToken.None), CancellationToken.None));

    [Fact]
    public async Task Verify_UntouchedDatabase_IsIntactAndCoversEveryRequest()
    {
        var verdict = await Verify();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.True(verdict.Authenticated);
        Assert.NotNull(verdict.KeyedFrom);
        Assert.NotNull(verdict.LastSignedHead);
        Assert.Equal(await app.WithDb(db => db.Notices.CountAsync()), verdict.NoticesChecked);
    }

    [Fact]
    public async Task Verify_ThroughTheApi_ReportsTheSignedHeadAndTheRequestsChecked()
    {
        using var auditor = await app.As("auditor" + Demo);
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        Assert.True(verdict.GetProperty("lastSignedHead").GetInt64() > 0);
        Assert.True(verdict.GetProperty("noticesChecked").GetInt32() > 0);
    }

    [Fact]
    public async Task Verify_EmptiedTable_FailsAgainstTheLastSignedHead()
    {
        var verdict = await VerifyAfter($"""DELETE FROM "AuditEntries" """);
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.Truncated), verdict.Break);
        Assert.Contains("emptied", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TruncatedTail_FailsAgainstTheLastSignedHead()
    {
        var last = await app.WithDb(db => db.AuditEntries.MaxAsync(a => a.Sequence));
        var verdict = await VerifyAfter($"""DELETE FROM "AuditEntries" WHERE "Sequence" > {last - 3}""");
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.Truncated), verdict.Break);
        Assert.Contains("truncated", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AppendedForgedEntry_IsNamedWithoutTheKey()
    {
        // The forger knows the format and the previous hash, but not the key: the best it can do is an unkeyed hash.
        var head = await app.WithDb(db => db.AuditEntries.OrderByDescending(a => a.Sequence).FirstAsync());
        var facts = new AuditFacts(head.At, "someone", "FR", "Reviewer", "notice.read", "notice", _excluding.ToString(), "routine", "ok");
        var forged = AuditChain.Append(head.ToChained(), facts);
        var verdict = await VerifyAfter($"""
            INSERT INTO "AuditEntries" ("Sequence", "At", "ActorId", "ActorCountry", "ActorRole", "Action", "ObjectType", "ObjectId", "Purpose", "Outcome", "PreviousHash", "Hash")
            SELECT {forged.Sequence}, "At", 'someone', 'FR', 'Reviewer', 'notice.read', 'notice', {_excluding.ToString()}, 'routine', 'ok', {forged.PreviousHash}, {forged.Hash}
            FROM "AuditEntries" WHERE "Sequence" = {head.Sequence}
            """);
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.Altered), verdict.Break);
        Assert.Equal(forged.Sequence, verdict.Sequence);
        Assert.Contains("forged", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedExclusionRow_NamesTheRequest()
    {
        var verdict = await VerifyAfter($"""DELETE FROM "NoticeCountries" WHERE "NoticeId" = {_excluding} AND "Iso2" = 'RU'""");
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.StateMismatch), verdict.Break);
        Assert.Contains(_excluding.ToString(), verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EveryExclusionRowDeleted_IsDetected()
    {
        var verdict = await VerifyAfter($"""DELETE FROM "NoticeCountries" WHERE "Relation" = 'Restricted'""");
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.StateMismatch), verdict.Break);
    }

    [Fact]
    public async Task Verify_AlteredAddressee_NamesTheRequest()
    {
        var verdict = await VerifyAfter($"""UPDATE "NoticeCountries" SET "Iso2" = 'RU' WHERE "NoticeId" = {_diffusion} AND "Iso2" = 'GB'""");
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.StateMismatch), verdict.Break);
        Assert.Contains(_diffusion.ToString(), verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedRequest_IsDetected()
    {
        var verdict = await VerifyAfter($"""DELETE FROM "Notices" WHERE "Id" = {_excluding}""");
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.StateMismatch), verdict.Break);
        Assert.Contains("no longer exists", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RequestStatusChangedBehindTheApplication_IsDetected()
    {
        var verdict = await VerifyAfter($"""UPDATE "Notices" SET "Status" = 'Published' WHERE "Id" = {_diffusion}""");
        Assert.False(verdict.Intact);
        Assert.Equal(nameof(ChainBreak.StateMismatch), verdict.Break);
    }

    [Fact]
    public async Task Write_ThroughTheApplication_RecordsTheNewStateSoVerifyStaysIntact()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("RESTATED", restricted: ["RU"]));
        var r = await fr.PutAsJsonAsync($"/api/notices/{id}", Requests.RedNotice("RESTATED", restricted: ["CN", "TR"]));
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        var digests = await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id.ToString() && a.StateDigest != null).Select(a => a.StateDigest).ToListAsync());
        Assert.Equal(2, digests.Distinct().Count());
        var verdict = await Verify();
        Assert.True(verdict.Intact, verdict.Message);
    }

    [Fact]
    public async Task Verify_AfterConcurrentEditsReadsAndPhotosOfOneRequest_IsIntact()
    {
        // The digest must describe the committed rows even when writers race on the same request.
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("RACED", restricted: ["RU"]));
        var work = Enumerable.Range(0, 12).Select(async i =>
        {
            using var client = await app.As("ncb.fr" + Demo, fresh: true);
            return (i % 3) switch
            {
                0 => await client.PutAsJsonAsync($"/api/notices/{id}", Requests.RedNotice("RACED", restricted: i % 2 == 0 ? ["CN"] : ["TR", "RU"])),
                1 => await client.GetAsync($"/api/notices/{id}"),
                _ => await client.PostAsync($"/api/notices/{id}/photos", Requests.PngContent()),
            };
        });
        // Losers of the race may be refused (on PostgreSQL some still get a 500, as before this change: issue #12 item 4);
        // whatever the outcome, nothing half-written may reach the trail or the request.
        var responses = await Task.WhenAll(work);
        Assert.Contains(responses, r => r.RequestMessage!.Method == HttpMethod.Put && r.IsSuccessStatusCode);
        var verdict = await Verify();
        Assert.True(verdict.Intact, verdict.Message);
    }
}

public sealed class SqliteAuditTamperingTests(SqliteFixture app) : AuditTamperingTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresAuditTamperingTests(PostgresFixture app) : AuditTamperingTests(app), IClassFixture<PostgresFixture>;
