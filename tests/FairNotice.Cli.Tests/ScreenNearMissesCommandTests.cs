using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli.Tests;

/// <summary>`fairnotice screen --near-misses FILE`: the batch's "explain" on the command line, for persons without a hit.</summary>
public sealed class ScreenNearMissesCommandTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-screen-near-").FullName;

    private string Connection => $"Data Source={Path.Combine(_dir, "db.sqlite")}";

    public async ValueTask InitializeAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        await db.Database.MigrateAsync();
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var record = new NoticeRecord { Id = Guid.CreateVersion7(now), Kind = NoticeKind.Notice, Status = NoticeStatus.Published, RequestingCountry = "FR", CreatedAt = now, UpdatedAt = now, Reference = "2026-00042" };
        record.SetContent(new NoticeContent(NoticeKind.Notice, NoticeColour.Red,
            new Person(new PersonName("SHCHERBAKOV", "Vsevolod"), null, [], "M", new PartialDate(1979, 8, 21), null, null, ["RU"], [], null, []),
            new CaseFacts("facts", null, null, null, [], null, null, null), false, ["US"], false, []));
        db.Notices.Add(record);
        db.Audit(new Domain.Audit.AuditFacts(now, "test", null, null, "notice.create", "notice", record.Id.ToString(), null, "ok"));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<(int Code, string Output, string[] Hits, string[]? Near)> Screen(bool explain, params string[] extra)
    {
        var input = Path.Combine(_dir, "passengers.csv");
        await File.WriteAllTextAsync(input, "name,dateOfBirth\nVsevolod Shcherbakov,1979-08-21\nShcherbakov Vsevolodovich Artem,\n");
        var hits = Path.Combine(_dir, "hits.csv");
        var near = Path.Combine(_dir, "near.csv");
        File.Delete(near);
        using var console = new StringWriter();
        string[] args = ["screen", input, "--out", hits, "--purpose", "test ferry", "--connection", Connection, .. extra];
        var code = await CliApp.RunAsync(explain ? [.. args, "--near-misses", near] : args, console);
        return (code, console.ToString(), await File.ReadAllLinesAsync(hits), File.Exists(near) ? await File.ReadAllLinesAsync(near) : null);
    }

    [Fact]
    public async Task Screen_NearMisses_WritesWhyThePersonWithoutAHitFellShort()
    {
        var (code, output, hits, near) = await Screen(explain: true);

        Assert.True(code == 0, output);
        Assert.StartsWith("1,Vsevolod Shcherbakov,1979-08-21,2026-00042,", Assert.Single(hits.Skip(1)), StringComparison.Ordinal);
        Assert.NotNull(near);
        Assert.Equal("row,name,date_of_birth,reference,score,threshold,why_short,matched_name", near[0]);
        // Only row 2 (no hit) is explained; row 1 was found.
        var miss = Assert.Single(near.Skip(1));
        Assert.StartsWith("2,Shcherbakov Vsevolodovich Artem,,2026-00042,0.", miss, StringComparison.Ordinal);
        Assert.Contains(",0.90,\"score ", miss, StringComparison.Ordinal);
        Assert.Contains("no date of birth", miss, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_WithoutNearMisses_WritesNoSuchFile()
    {
        var (code, output, _, near) = await Screen(explain: false);

        Assert.True(code == 0, output);
        Assert.Null(near);
    }

    [Fact]
    public async Task Screen_NearMisses_AsAnExcludedCountry_ShowNothing()
    {
        var (code, output, hits, near) = await Screen(true, "--country", "US");

        Assert.True(code == 0, output);
        Assert.Single(hits);
        Assert.Equal(["row,name,date_of_birth,reference,score,threshold,why_short,matched_name"], Assert.IsType<string[]>(near));
    }
}
