using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli.Tests;

public sealed class AuditVerifyCommandTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-cli-{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={_path}";

    public async ValueTask InitializeAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        await db.Database.MigrateAsync();
        var t = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 12; i++)
        {
            db.Audit(new AuditFacts(t.AddMinutes(i), $"user-{i % 4}", "FR", "NcbOfficer", "notice.read", "notice", Guid.NewGuid().ToString(), "case work", "ok"));
            await db.SaveChangesAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    private async Task<(int Code, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["audit", "verify", "--connection", Connection, .. args], output);
        return (code, output.ToString());
    }

    private async Task Sql(string sql)
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Verify_IntactChain_ExitsZero()
    {
        var (code, output) = await Run();
        Assert.Equal(0, code);
        Assert.Contains("12 entries, chain intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AlteredEntry_ExitsTwoNamingIt()
    {
        await Sql("""UPDATE "AuditEntries" SET "ActorId" = 'someone-else' WHERE "Sequence" = 5""");
        var (code, output) = await Run();
        Assert.Equal(2, code);
        Assert.Contains("Entry 5 was altered", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedEntry_ExitsTwoNamingTheGap()
    {
        await Sql("""DELETE FROM "AuditEntries" WHERE "Sequence" = 9""");
        var (code, output) = await Run();
        Assert.Equal(2, code);
        Assert.Contains("between 8 and 10", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TruncatedTail_IsCaughtWithThePublishedHead()
    {
        var (_, before) = await Run();
        var head = before.Split('│').Select(s => s.Trim()).First(s => s.Length == 64);
        await Sql("""DELETE FROM "AuditEntries" WHERE "Sequence" >= 11""");
        Assert.Equal(0, (await Run()).Code);
        var (code, output) = await Run("--expect-head", head);
        Assert.Equal(2, code);
        Assert.Contains("truncated or rewritten", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingDatabase_ExitsThree()
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["audit", "verify", "--connection", "Data Source=/nonexistent/fairnotice.db"], output);
        Assert.Equal(3, code);
    }
}
