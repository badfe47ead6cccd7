using System.Net;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Audit;

/// <summary>The audit trail: its chain, its verification and browsing it. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class AuditTrailTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task AuditTrail_ConcurrentWrites_KeepTheChainIntactAndReferencesUnique()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Requests.CreateAsync(i % 2 == 0 ? fr : de, Requests.RedNotice($"PARALLEL{i}"))));
        using var auditor = await app.As("auditor" + Demo);
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        var references = await app.WithDb(db => db.Notices.Select(n => n.Reference).ToListAsync());
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Fact]
    public async Task AuditTrail_TamperedEntry_IsNamedByVerify()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        await Requests.CreateAsync(fr, Requests.RedNotice("TAMPER"));
        using var auditor = await app.As("auditor" + Demo);
        var target = await app.WithDb(db => db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.Sequence).Skip(1).FirstAsync());
        var original = await app.WithDb(db => db.AuditEntries.Where(a => a.Sequence == target).Select(a => a.Purpose).FirstAsync());
        await app.WithDb(db => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Purpose" = 'nothing to see' WHERE "Sequence" = {target}"""));
        try
        {
            var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
            Assert.False(verdict.GetProperty("intact").GetBoolean());
            Assert.Equal("Altered", verdict.GetProperty("break").GetString());
            Assert.Equal(target, verdict.GetProperty("sequence").GetInt64());
        }
        finally
        {
            await app.WithDb(db => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Purpose" = {original} WHERE "Sequence" = {target}"""));
        }

        Assert.True((await (await auditor.GetAsync("/api/audit/verify")).Json()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task AuditBrowse_InvalidTake_Returns400()
    {
        using var auditor = await app.As("auditor" + Demo);
        var r = await auditor.GetAsync("/api/audit?take=0");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("take", out _));
        var ok = await (await auditor.GetAsync("/api/audit?take=5&action=notice")).Json();
        Assert.InRange(ok.GetProperty("count").GetInt32(), 1, 5);
        var latest = await (await auditor.GetAsync("/api/audit?take=1&action=audit.")).Json();
        Assert.Equal("audit.browse", latest.GetProperty("items")[0].GetProperty("action").GetString());
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteAuditTrailTests(SqliteFixture app) : AuditTrailTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresAuditTrailTests(PostgresFixture app) : AuditTrailTests(app);
