using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Transparency;

namespace FairNotice.Cli.Tests;

public sealed class StatsImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-stats-").FullName;

    private string Connection => $"Data Source={Path.Combine(_dir, "db.sqlite")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static string RepositoryFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "datasets", "interpol-yearly-totals.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("datasets/interpol-yearly-totals.csv not found above the test's folder.");
    }

    [Fact]
    public async Task Import_PublishedTotals_LoadsEveryYear_AndReplacesOnSecondRun()
    {
        using var console = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["stats", "import", RepositoryFile(), "--connection", Connection], console));
        Assert.Contains("13 year(s) loaded", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CliApp.RunAsync(["stats", "import", RepositoryFile(), "--connection", Connection], new StringWriter()));

        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        var totals = await db.PublishedTotals.OrderBy(t => t.Year).ToListAsync();
        Assert.Equal(13, totals.Count);
        Assert.Equal((1997, 737), (totals[0].Year, totals[0].RedNotices!.Value));
        var y2011 = totals.Single(t => t.Year == 2011);
        Assert.Equal(20130, y2011.Diffusions);
        Assert.Null(y2011.RefusedArticle2);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "statistics.import"));
    }

    [Fact]
    public async Task Import_BadFile_NamesLineAndColumn_AndLoadsNothing()
    {
        var file = Path.Combine(_dir, "bad.csv");
        await File.WriteAllTextAsync(file, "year,red_notices_issued,wanted_person_diffusions,refused_or_cancelled_total,refused_art2,refused_art3,source\n2010,6344,,,,,ok\n2011,lots,,,,,bad\n");
        using var console = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["stats", "import", file, "--connection", Connection], console));
        Assert.Contains("line 3, red_notices_issued", console.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "db.sqlite")) && new FileInfo(Path.Combine(_dir, "db.sqlite")).Length > 0 && await CountAsync() > 0);
    }

    private async Task<int> CountAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        return await db.Database.CanConnectAsync() && (await db.Database.GetAppliedMigrationsAsync()).Any() ? await db.PublishedTotals.CountAsync() : 0;
    }
}
