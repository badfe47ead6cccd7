using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FairNotice.Domain.Retention;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Features.Retention;
using FairNotice.Web.Features.Transparency;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Web.Tests.Features.Retention;

/// <summary>Issue #18: deletion means deletion. After an erasure no table, index or file of the database holds the erased
/// name or passport number; the statistics do not change; the audit trail still verifies.</summary>
public abstract class ErasureTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Decide_NotCompliant_NoRowOrFileHoldsTheNameOrPassportAndATombstoneSaysWhy()
    {
        var (name, passport) = Unique();
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var notice = await Requests.CreateAsync(fr, Body(name, passport));
        var photo = await fr.PostAsync($"/api/notices/{notice}/photos", Requests.PngContent());
        Assert.True(photo.IsSuccessStatusCode, await photo.Content.ReadAsStringAsync());
        await Requests.ActAsync(fr, notice, "Submit");
        await Requests.ReviewAsync(reviewer, notice);
        var (number, _, file) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("APPLICANT"));
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/admissibility", new { admissible = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/links", new { noticeId = notice })).StatusCode);
        Assert.True(await HoldsAsync(name), "the name is stored before the decision");

        var decided = await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/decision",
            new { outcome = "NotCompliant", reasons = "The facts describe a commercial dispute, not a serious ordinary-law crime." });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.False(await HoldsAsync(name), "the name is gone from every table and the database file");
        Assert.False(await HoldsAsync(passport), "the passport number is gone from every table and the database file");
        Assert.Equal(0, await app.WithDb(db => db.Set<NoticePhoto>().CountAsync(p => p.NoticeId == notice)));
        var seen = await (await fr.GetAsync($"/api/notices/{notice}")).Json();
        Assert.Equal("Cancelled", seen.GetProperty("status").GetString());
        var tombstone = seen.GetProperty("erasure");
        Assert.Contains(number, tombstone.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Contains(tombstone.GetProperty("erased").EnumerateArray(), p => p.GetString()!.Contains("identity documents", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("person").GetProperty("name").GetProperty("familyName").ValueKind);
        var secretariat = await (await reviewer.GetAsync($"/api/notices/{notice}")).Json();
        Assert.Equal(JsonValueKind.Object, secretariat.GetProperty("erasure").ValueKind);
        await AssertAuditIntactAsync();
    }

    [Fact]
    public async Task Withdraw_BySource_ErasedAtOnceUnlessAnOpenCommissionFileHoldsIt()
    {
        var (free, _) = Unique();
        var (held, _) = Unique();
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var a = await Requests.CreateAsync(fr, Body(free, "P" + free));
        var b = await Requests.CreateAsync(fr, Body(held, "P" + held));
        foreach (var id in new[] { a, b })
        {
            await Requests.ActAsync(fr, id, "Submit");
            await Requests.ReviewAsync(reviewer, id);
        }

        var (_, _, file) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("HOLDER"));
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/admissibility", new { admissible = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/links", new { noticeId = b })).StatusCode);

        await Requests.ActAsync(fr, a, "Withdraw", "The person was arrested.");
        await Requests.ActAsync(fr, b, "Withdraw", "The person was arrested.");

        Assert.False(await HoldsAsync(free));
        Assert.True(await HoldsAsync(held), "an open Commission file holds the data until it closes");
        var report = await RunAsync(app.Clock.Now, Schedule(0, "WithdrawnRequests"));
        Assert.True(report.Held >= 1);
        Assert.True(await HoldsAsync(held));
        await AssertAuditIntactAsync();
    }

    [Fact]
    public async Task RetentionRun_RefusedPastItsPeriod_ErasedStatisticsUnchangedTrailIntact()
    {
        var (name, passport) = Unique();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var second = await app.As("reviewer2" + Demo);
        var notice = await Requests.CreateAsync(fr, Body(name, passport));
        await Requests.ActAsync(fr, notice, "Submit");
        var proposed = await reviewer.PostAsJsonAsync($"/api/notices/{notice}/review", new { decision = "Refuse", ground = "Article3", reason = "Predominantly political: the facts are a speech." });
        Assert.True(proposed.IsSuccessStatusCode, await proposed.Content.ReadAsStringAsync());
        var confirmed = await second.PostAsJsonAsync($"/api/notices/{notice}/review", new { decision = "Refuse", ground = "Article3", reason = "Predominantly political: the facts are a speech." });
        Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        Assert.Equal("Refused", (await (await fr.GetAsync($"/api/notices/{notice}")).Json()).GetProperty("status").GetString());
        var before = await StatisticsAsync();
        var runs = await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "retention.run"));

        var report = await RunAsync(app.Clock.Now.AddDays(1), Schedule(0, "RefusedRequests"));

        Assert.True(report.Erased["refused-requests"] >= 1);
        Assert.False(await HoldsAsync(name));
        Assert.False(await HoldsAsync(passport));
        Assert.Equal(before, await StatisticsAsync());
        Assert.Equal(runs + 1, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "retention.run")));
        await AssertAuditIntactAsync();
    }

    [Fact]
    public async Task RetentionRun_AuditPrunedBehindACheckpoint_VerifiesAndAForgedCutDoesNot()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        await Requests.CreateAsync(fr, Body("PRUNE", "P-PRUNE"));
        var first = await app.WithDb(db => db.AuditEntries.MinAsync(e => e.Sequence));

        var report = await RunAsync(app.Clock.Now.AddDays(1), Schedule(0, "AuditEntries"));

        Assert.True(report.Erased["audit-entries"] > 0);
        var checkpoint = await app.WithDb(db => db.AuditCheckpoints.OrderByDescending(c => c.Sequence).FirstAsync());
        Assert.True(await app.WithDb(db => db.AuditEntries.MinAsync(e => e.Sequence)) == checkpoint.Sequence + 1);
        Assert.True(checkpoint.Sequence >= first);
        Assert.True(File.Exists(Path.Combine(app.AuditDirectory, "heads", $"checkpoint-{checkpoint.Sequence:D12}.json")));
        await AssertAuditIntactAsync();
        // New entries after the cut are keyed and verify; then removing the first remaining entry is caught.
        await Requests.CreateAsync(fr, Body("AFTERPRUNE", "P-AFTER"));
        await using (var signing = app.Factory.Services.CreateAsyncScope())
        {
            // A head signed after the cut counts the pruned entries and names the keyed start the checkpoint keeps.
            var head = await Web.Features.Audit.SignAuditHead.WriteAsync(signing.ServiceProvider.GetRequiredService<AppDbContext>(),
                signing.ServiceProvider.GetRequiredService<AuditKeyring>(), app.Clock.Now.AddDays(2), NullLogger.Instance, CancellationToken.None);
            Assert.NotNull(head);
            Assert.NotNull(head.KeyedFrom);
        }

        await AssertAuditIntactAsync();
        // The same check on a copy of the log without its first remaining entry (the shared database stays intact for the other tests).
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = (await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync()).Select(e => e.ToChained()).ToList();
        var evidence = await Web.Features.Audit.AuditEvidence.FromAsync(scope.ServiceProvider.GetRequiredService<AuditKeyring>(), CancellationToken.None);
        var digests = await NoticeState.DigestsAsync(db, null, CancellationToken.None);
        var checkpoints = await Web.Features.Audit.VerifyAuditTrail.CheckpointsAsync(db, CancellationToken.None);
        Assert.True(Web.Features.Audit.VerifyAuditTrail.Check(entries, evidence, digests, checkpoints).Intact);
        var cutAgain = Web.Features.Audit.VerifyAuditTrail.Check(entries.Skip(1).ToList(), evidence, digests, checkpoints);
        Assert.False(cutAgain.Intact);
        Assert.Equal("Deleted", cutAgain.Break);
        var forged = checkpoints[^1] with { ChainHash = entries[0].Hash };
        Assert.False(Web.Features.Audit.VerifyAuditTrail.Check(entries, evidence, digests, [forged]).Intact);
    }

    [Fact]
    public async Task AuditPruned_CheckpointCopyTamperedOrMissing_VerifyBrokenUntilRestored()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        await Requests.CreateAsync(fr, Body("COPYCHECK", "P-COPYCHECK"));
        var report = await RunAsync(app.Clock.Now.AddDays(1), Schedule(0, "AuditEntries"));
        Assert.True(report.Erased["audit-entries"] > 0);
        var checkpoint = await app.WithDb(db => db.AuditCheckpoints.OrderByDescending(c => c.Sequence).FirstAsync());
        var copy = Path.Combine(app.AuditDirectory, "heads", $"checkpoint-{checkpoint.Sequence:D12}.json");
        var original = await File.ReadAllTextAsync(copy);
        await AssertAuditIntactAsync();
        using var auditor = await app.As("auditor" + Demo);
        try
        {
            // The copy kept outside the database, edited: its signature no longer holds.
            await File.WriteAllTextAsync(copy, original.Replace($"\"count\": {checkpoint.Count}", $"\"count\": {checkpoint.Count + 1}", StringComparison.Ordinal));
            var tampered = await (await auditor.GetAsync("/api/audit/verify")).Json();
            Assert.False(tampered.GetProperty("intact").GetBoolean(), tampered.ToString());
            Assert.Equal("Altered", tampered.GetProperty("break").GetString());
            Assert.Contains(Path.GetFileName(copy), tampered.GetProperty("message").GetString(), StringComparison.Ordinal);

            // The copy deleted: the database's checkpoint has none.
            File.Delete(copy);
            var missing = await (await auditor.GetAsync("/api/audit/verify")).Json();
            Assert.False(missing.GetProperty("intact").GetBoolean(), missing.ToString());
            Assert.Equal("Deleted", missing.GetProperty("break").GetString());
            Assert.Equal(checkpoint.Sequence, missing.GetProperty("sequence").GetInt64());
        }
        finally
        {
            await File.WriteAllTextAsync(copy, original);
        }

        await AssertAuditIntactAsync();
    }

    [Fact]
    public async Task RetentionRun_ClosedRedressFile_DocumentsThenApplicantErasedAndASharedDocumentStaysWithItsOtherFile()
    {
        var (applicant, _) = Unique();
        var document = Hardening.TestFiles.Pdf(catalogExtra: $"/Lang (DOC-{applicant})");
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission" + Demo);
        var (_, _, closedFile) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm(applicant, identity: document));
        var (_, _, openFile) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("OTHERAPPLICANT", identity: document));
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{closedFile}/admissibility", new { admissible = false, reason = "Not about INTERPOL's files." })).StatusCode);

        var documents = await RunAsync(app.Clock.Now.AddDays(1), Schedule(0, "RedressAttachments"));

        Assert.True(documents.Erased["redressattachments"] >= 1);
        Assert.Equal(0, await app.WithDb(db => db.RedressAttachments.CountAsync(a => a.RequestId == closedFile)));
        var shared = await app.WithDb(db => db.RedressAttachments.AsNoTracking().FirstAsync(a => a.RequestId == openFile && a.Kind == "identityDocument"));
        Assert.Equal(document, await (await ccf.GetAsync($"/api/commission/requests/{openFile}/attachments/{shared.Id}")).Content.ReadAsByteArrayAsync());
        Assert.True(await HoldsAsync(applicant), "the applicant's name stays until the file's own period ends");

        var files = await RunAsync(app.Clock.Now.AddDays(1), Schedule(0, "RedressAttachments", "RedressFiles"));

        Assert.True(files.Erased["redressfiles"] >= 1);
        Assert.False(await HoldsAsync(applicant));
        var file = await app.WithDb(db => db.RedressRequests.AsNoTracking().SingleAsync(r => r.Id == closedFile));
        Assert.NotNull(file.ErasedAt);
        Assert.Equal(Domain.Redress.RedressStatus.Inadmissible, file.Status);
        Assert.Equal("OTHERAPPLICANT", (await app.WithDb(db => db.RedressRequests.AsNoTracking().SingleAsync(r => r.Id == openFile))).FamilyName);
        await AssertAuditIntactAsync();
    }

    private async Task AssertAuditIntactAsync()
    {
        using var auditor = await app.As("auditor" + Demo);
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.GetProperty("message").GetString());
    }

    private static (string Name, string Passport) Unique()
    {
        var tag = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return ($"ERASEDNAME{tag}", $"PASS{tag}");
    }

    private static JsonNode Body(string family, string passport)
    {
        var json = JsonSerializer.SerializeToNode(Requests.RedNotice(family))!;
        json["person"]!["identityDocuments"]![0]!["number"] = passport;
        json["person"]!["aliases"]![0]!["familyName"] = family + "ALIAS";
        return json;
    }

    // A schedule that makes only these subjects due (after `days`); everything else is kept for ever.
    private static RetentionSchedule Schedule(int days, params string[] subjects) =>
        RetentionSchedule.Parse(JsonSerializer.Serialize(new
        {
            version = "test",
            rules = Enum.GetNames<RetentionSubject>().Select(s => new { id = KebabId(s), subject = s, days = subjects.Contains(s) ? days : 100000, from = "test", source = "test", proposal = false }),
        }));

    private static string KebabId(string subject) => subject switch
    {
        "RefusedRequests" => "refused-requests",
        "AuditEntries" => "audit-entries",
        "WithdrawnRequests" => "withdrawn-requests",
        _ => subject.ToLowerInvariant(),
    };

    private async Task<RetentionReport> RunAsync(DateTimeOffset now, RetentionSchedule schedule)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await RunRetention.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<NoticeDataHolders>(), sp.GetRequiredService<AuditKeyring>(),
            schedule, now, NullLogger.Instance, CancellationToken.None);
    }

    private async Task<string> StatisticsAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var tables = await TransparencyFeature.TablesAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        return JsonSerializer.Serialize(tables);
    }

    /// <summary>Whether the value is anywhere in the database: every text and binary column of every table on PostgreSQL;
    /// the database file's bytes (tables, indexes, free pages) after a WAL checkpoint on SQLite.</summary>
    private async Task<bool> HoldsAsync(string value)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var needle = Encoding.UTF8.GetBytes(value);
        if (app.Provider == "Sqlite")
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                if (copy.ToArray().AsSpan().IndexOf(needle) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND data_type IN ('text', 'character varying', 'bytea', 'json', 'jsonb')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.True(columns.Count > 50, "every text column of every table is searched");
        foreach (var (table, column, type) in columns)
        {
            await using var query = connection.CreateCommand();
            var test = type == "bytea" ? $"position(convert_to(@v, 'UTF8') in \"{column}\") > 0" : $"strpos(\"{column}\"::text, @v) > 0";
            query.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE {test})";
            var p = query.CreateParameter();
            p.ParameterName = "v";
            p.Value = value;
            query.Parameters.Add(p);
            if ((bool)(await query.ExecuteScalarAsync())!)
            {
                return true;
            }
        }

        return false;
    }
}

public sealed class SqliteErasureTests(SqliteFixture app) : ErasureTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresErasureTests(PostgresFixture app) : ErasureTests(app), IClassFixture<PostgresFixture>;
