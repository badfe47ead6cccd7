using System.Text.Json;
using FairNotice.Domain.Audit;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Cli.Tests;

/// <summary>`audit export --since` ships the trail to a separate system (ASVS 5.0 16.4.3): JSON lines of the entries after
/// the last one shipped, then the signed heads covering them, which the receiver can check without the database.</summary>
public sealed class AuditExportCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 11, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-cli-export-{Guid.NewGuid():N}.db");
    private AuditKeyring? _keys;

    private string Connection => $"Data Source={_path}";

    private string KeyDir => _path + "-audit";

    public async ValueTask InitializeAsync()
    {
        _keys = AuditKeyFiles.Load(new AuditOptions(), new DatabaseOptions { ConnectionString = Connection }, demo: true, contentRoot: "/");
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options, _keys.Chain);
        await db.Database.MigrateAsync();
        await StartKeyedChain.EnsureAsync(db, _keys.Chain, T0, CancellationToken.None);
        var id = Guid.CreateVersion7();
        db.Notices.Add(new NoticeRecord { Id = id, Kind = NoticeKind.Notice, Colour = NoticeColour.Red, Status = NoticeStatus.Draft, RequestingCountry = "FR", CreatedByUserId = "u1", CreatedAt = T0, UpdatedAt = T0, FamilyName = "ZZWANTEDPERSON" });
        db.Audit(new AuditFacts(T0, "u1", "FR", "NcbOfficer", "notice.create", "notice", id.ToString(), "create request", "ok"));
        await db.SaveChangesAsync();
        for (var i = 0; i < 4; i++)
        {
            db.Audit(new AuditFacts(T0.AddMinutes(i), "u2", "DE", "NcbOfficer", "notice.read", "notice", id.ToString(), "border check", "ok"));
            await db.SaveChangesAsync();
        }

        Assert.NotNull(await SignAuditHead.WriteAsync(db, _keys, T0.AddHours(1), NullLogger.Instance, CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        Directory.Delete(KeyDir, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<List<JsonElement>> ExportAsync(long since)
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["audit", "export", "--connection", Connection, "--since", since.ToString(System.Globalization.CultureInfo.InvariantCulture), "--heads", _keys!.HeadsDirectory], output);
        Assert.Equal(0, code);
        Assert.DoesNotContain("ZZWANTEDPERSON", output.ToString(), StringComparison.Ordinal);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    private async Task<long> CountAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        return await db.AuditEntries.CountAsync();
    }

    [Fact]
    public async Task Export_All_EveryEntryInOrderLinked_ThenAHeadTheReceiverCanCheck()
    {
        var lines = await ExportAsync(0);
        var entries = lines.Where(l => l.GetProperty("type").GetString() == "entry").ToList();
        Assert.Equal(await CountAsync(), entries.Count);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].GetProperty("sequence").GetInt64() + 1, entries[i].GetProperty("sequence").GetInt64());
            Assert.Equal(entries[i - 1].GetProperty("hash").GetString(), entries[i].GetProperty("previousHash").GetString());
        }

        // The receiver's check: the head's signature with the published key, and its hash is the exported entry's.
        var head = Assert.Single(lines, l => l.GetProperty("type").GetString() == "head");
        var file = new HeadFile(head.GetProperty("file").GetString()!, head.GetProperty("head").GetRawText());
        var verdict = AuditHeads.Check([file], _keys!.PublicKey);
        Assert.True(verdict.Intact, verdict.Message);
        var covered = entries.Single(e => e.GetProperty("sequence").GetInt64() == verdict.Latest!.Sequence);
        Assert.Equal(verdict.Latest!.ChainHash, covered.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Export_Since_OnlyLaterEntries_AndATamperedHeadFailsTheReceiversCheck()
    {
        var total = await CountAsync();
        var lines = await ExportAsync(total - 2);
        var entries = lines.Where(l => l.GetProperty("type").GetString() == "entry").ToList();
        Assert.Equal([total - 1, total], entries.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal("border check", entries[0].GetProperty("purpose").GetString());

        var head = Assert.Single(lines, l => l.GetProperty("type").GetString() == "head");
        var forged = head.GetProperty("head").GetRawText().Replace(head.GetProperty("head").GetProperty("chainHash").GetString()!, new string('0', 64), StringComparison.Ordinal);
        Assert.False(AuditHeads.Check([new HeadFile("head.json", forged)], _keys!.PublicKey).Intact);
        Assert.Empty(await ExportAsync(total));
    }
}
