using FairNotice.Domain.Audit;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Features.Audit;

/// <summary>An existing, unkeyed trail when a server first starts with keys; and a server without keys outside demo mode.</summary>
public sealed class AuditSwitchOverTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-legacy-{Guid.NewGuid():N}.db");
    private readonly Guid _notice = Guid.CreateVersion7();

    private string Keys => _path + "-keys";

    public async ValueTask InitializeAsync()
    {
        // A trail written by the earlier version: unkeyed entries, a request with an exclusion, no state digests.
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={_path}").Options);
        await db.Database.MigrateAsync();
        var record = new NoticeRecord { Id = _notice, Kind = NoticeKind.Notice, Colour = NoticeColour.Red, Status = NoticeStatus.Draft, RequestingCountry = "FR", CreatedByUserId = "u1", CreatedAt = T0, UpdatedAt = T0 };
        record.Countries.Add(new NoticeCountry { Iso2 = "RU", Relation = CountryRelation.Restricted });
        db.Notices.Add(record);
        db.Audit(new AuditFacts(T0, "u1", "FR", "NcbOfficer", "notice.create", "notice", _notice.ToString(), "create request", "ok"));
        await db.SaveChangesAsync();
        db.Audit(new AuditFacts(T0.AddMinutes(1), "u1", "FR", "NcbOfficer", "notice.read", "notice", _notice.ToString(), "case work", "ok"));
        await db.SaveChangesAsync();
        AuditKeyFiles.Generate(Keys);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        if (Directory.Exists(Keys))
        {
            Directory.Delete(Keys, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private WebApplicationFactory<Program> Server(bool withKeys) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Production");
        b.UseSetting("Site:PublicBaseUrl", "https://notices.example.org"); // Production requires it
        b.UseSetting("Database:Provider", "Sqlite");
        b.UseSetting("Database:ConnectionString", $"Data Source={_path}");
        b.UseSetting("Antivirus:RunWithoutScanner", "true");
        if (withKeys)
        {
            b.UseSetting("Audit:Directory", Keys);
        }
    });

    [Fact]
    public async Task Start_OnAnUnkeyedTrail_MarksTheSwitchOverAndBaselinesEveryRequest()
    {
        await using var factory = Server(withKeys: true);
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var start = await db.AuditEntries.SingleAsync(a => a.Action == AuditChain.KeyedStartAction);
        Assert.Equal(3, start.Sequence);
        var baseline = await db.AuditEntries.SingleAsync(a => a.ObjectId == _notice.ToString() && a.StateDigest != null);
        Assert.Equal(4, baseline.Sequence);

        var verdict = await AuditFeature.VerifyAsync(db, scope.ServiceProvider.GetRequiredService<AuditKeyring>(), CancellationToken.None);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(3, verdict.KeyedFrom);
        Assert.Equal(1, verdict.NoticesChecked);
        Assert.NotNull(verdict.LastSignedHead);

        // The legacy part is still checked as before: editing it is named.
        await using var tx = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Purpose" = 'nothing' WHERE "Sequence" = 2""");
        var broken = await AuditFeature.VerifyAsync(db, scope.ServiceProvider.GetRequiredService<AuditKeyring>(), CancellationToken.None);
        Assert.Equal(2, broken.Sequence);
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task Start_OutsideDemoModeWithoutKeys_RefusesWithAClearMessage()
    {
        // The real executable, as an operator starts it: one line on stderr and a non-zero exit.
        var (exit, _, stderr) = await Hardening.StartupFaultTests.RunServerAsync(false, "--Database:Provider", "Sqlite", "--Database:ConnectionString", $"Data Source={_path}");
        Assert.NotEqual(0, exit);
        Assert.Contains("fairnotice audit keygen", stderr, StringComparison.Ordinal);
    }
}
