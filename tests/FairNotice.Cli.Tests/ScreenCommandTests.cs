using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli.Tests;

public sealed class ScreenCommandTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-screen-").FullName;

    private string Connection => $"Data Source={Path.Combine(_dir, "db.sqlite")}";

    public async ValueTask InitializeAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        await db.Database.MigrateAsync();
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        foreach (var (family, forenames, original, status, restricted) in new[]
                 {
                     ("HU", "Binchen", "胡彬郴", NoticeStatus.Published, "US"),
                     ("ORLOV", "Ilya", "Орлов Илья", NoticeStatus.Refused, ""),
                 })
        {
            var record = new NoticeRecord { Id = Guid.CreateVersion7(now), Kind = NoticeKind.Notice, Status = status, RequestingCountry = "FR", CreatedAt = now, UpdatedAt = now };
            record.SetContent(new NoticeContent(NoticeKind.Notice, NoticeColour.Red,
                new Person(new PersonName(family, forenames), new PersonName(original, null), [], "M", new PartialDate(1965, 3, 14), null, null, ["CN"], [], null, []),
                new CaseFacts("facts", null, null, null, [], null, null, null), false, restricted.Length > 0 ? [restricted] : [], false, []));
            db.Notices.Add(record);
            db.Audit(new Domain.Audit.AuditFacts(now, "test", null, null, "notice.create", "notice", record.Id.ToString(), null, "ok"));
        }

        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<(int Code, string Output, string Hits)> Screen(params string[] extra)
    {
        var input = Path.Combine(_dir, "passengers.csv");
        await File.WriteAllTextAsync(input, "name,dateOfBirth,sex,nationality\nBINCHEN HU,1965-03-14,M,CN\n\"Orlov, Ilya\",1965,,\nAnna Schmidt,1990-01-01,F,DE\n");
        var output = Path.Combine(_dir, "hits.csv");
        using var console = new StringWriter();
        var code = await CliApp.RunAsync(["screen", input, "--out", output, "--purpose", "test flight", "--connection", Connection, .. extra], console);
        return (code, console.ToString(), File.Exists(output) ? await File.ReadAllTextAsync(output) : "");
    }

    [Fact]
    public async Task Screen_LocalDatabase_WritesHitsForValidNoticesOnly()
    {
        var (code, output, hits) = await Screen();
        Assert.Equal(0, code);
        var lines = hits.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("row,name,date_of_birth,reference", lines[0], StringComparison.Ordinal);
        var hit = Assert.Single(lines.Skip(1));
        Assert.StartsWith("1,BINCHEN HU,1965-03-14,", hit, StringComparison.Ordinal);
        Assert.Contains("exact", hit, StringComparison.Ordinal);
        Assert.Contains("persons", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_AsAnExcludedCountry_FindsNothing()
    {
        var (code, _, hits) = await Screen("--country", "US");
        Assert.Equal(0, code);
        Assert.Single(hits.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Screen_InvalidRow_ChecksNothing()
    {
        var input = Path.Combine(_dir, "bad.csv");
        await File.WriteAllTextAsync(input, "name,dateOfBirth\nX,31/12/1990\n");
        using var console = new StringWriter();
        var code = await CliApp.RunAsync(["screen", input, "--out", Path.Combine(_dir, "none.csv"), "--purpose", "p", "--connection", Connection], console);
        Assert.Equal(2, code);
        Assert.Contains("row 2", console.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "none.csv")));
    }
}
