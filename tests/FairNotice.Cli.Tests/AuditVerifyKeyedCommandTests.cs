using FairNotice.Domain.Audit;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Cli.Tests;

/// <summary>`audit verify` over a keyed trail with demo keys beside the database, and a third party's check of the heads alone.</summary>
public sealed class AuditVerifyKeyedCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-cli-keyed-{Guid.NewGuid():N}.db");
    private readonly Guid _notice = Guid.CreateVersion7();

    private string Connection => $"Data Source={_path}";

    private string KeyDir => _path + "-audit";

    private string HeadsDir => Path.Combine(KeyDir, "heads");

    private string PublicKey => Path.Combine(KeyDir, "head-signing.pub.pem");

    public async ValueTask InitializeAsync()
    {
        var keys = AuditKeyFiles.Load(new AuditOptions(), new DatabaseOptions { ConnectionString = Connection }, demo: true, contentRoot: "/");
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options, keys.Chain);
        await db.Database.MigrateAsync();
        await StartKeyedChain.EnsureAsync(db, keys.Chain, T0, CancellationToken.None);
        var record = new NoticeRecord { Id = _notice, Kind = NoticeKind.Notice, Colour = NoticeColour.Red, Status = NoticeStatus.Draft, RequestingCountry = "FR", CreatedByUserId = "u1", CreatedAt = T0, UpdatedAt = T0 };
        record.Countries.Add(new NoticeCountry { Iso2 = "RU", Relation = CountryRelation.Restricted });
        db.Notices.Add(record);
        db.Audit(new AuditFacts(T0, "u1", "FR", "NcbOfficer", "notice.create", "notice", _notice.ToString(), "create request", "ok"));
        await db.SaveChangesAsync();
        for (var i = 0; i < 5; i++)
        {
            db.Audit(new AuditFacts(T0.AddMinutes(i), "u1", "FR", "NcbOfficer", "notice.read", "notice", _notice.ToString(), "case work", "ok"));
            await db.SaveChangesAsync();
        }

        Assert.NotNull(await SignAuditHead.WriteAsync(db, keys, T0.AddHours(1), NullLogger.Instance, CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        Directory.Delete(KeyDir, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static async Task<(int Code, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["audit", .. args], output);
        return (code, output.ToString());
    }

    private async Task Sql(string sql)
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Verify_KeysBesideTheDatabase_AreFoundAndEverythingChecks()
    {
        var (code, output) = await Run("verify", "--connection", Connection);
        Assert.True(code == 0, output);
        Assert.Contains("authenticated with the key", output, StringComparison.Ordinal);
        Assert.Contains("newest covers entry", output, StringComparison.Ordinal);
        Assert.Contains("1 objects match", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EmptiedTable_ExitsTwo()
    {
        await Sql("""DELETE FROM "AuditEntries" """);
        var (code, output) = await Run("verify", "--connection", Connection);
        Assert.Equal(2, code);
        Assert.Contains("emptied", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedExclusion_ExitsTwoNamingTheRequest()
    {
        await Sql("""DELETE FROM "NoticeCountries" """);
        var (code, output) = await Run("verify", "--connection", Connection);
        Assert.Equal(2, code);
        Assert.Contains(_notice.ToString(), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ForgedEntryWithoutTheKeyFile_IsOnlyCaughtWithTheKey()
    {
        // Without the key, a forged entry that links correctly passes the link check: the report says contents were not authenticated.
        await Sql("""
            INSERT INTO "AuditEntries" ("Sequence", "At", "ActorId", "Action", "ObjectType", "Outcome", "PreviousHash", "Hash")
            SELECT "Sequence" + 1, "At", 'x', 'notice.read', 'notice', 'ok', "Hash", 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'
            FROM "AuditEntries" ORDER BY "Sequence" DESC LIMIT 1
            """);
        var withKey = await Run("verify", "--connection", Connection);
        Assert.Equal(2, withKey.Code);
        Assert.Contains("forged", withKey.Output, StringComparison.Ordinal);
        File.Move(Path.Combine(KeyDir, "chain.key"), Path.Combine(KeyDir, "elsewhere.key"));
        var withoutKey = await Run("verify", "--connection", Connection);
        Assert.Contains("not authenticated", withoutKey.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HeadsOnly_AThirdPartyChecksSignaturesWithThePublicKey()
    {
        var (code, output) = await Run("verify", "--heads", HeadsDir, "--public-key", PublicKey);
        Assert.True(code == 0, output);
        Assert.Contains("Signed heads valid: 1;", output, StringComparison.Ordinal);

        var file = Directory.GetFiles(HeadsDir, "head-*.json").Single();
        var head = AuditHeads.Parse(await File.ReadAllTextAsync(file))!;
        await File.WriteAllTextAsync(file, AuditHeads.ToJson(head with { Count = head.Count + 1 }));
        (code, output) = await Run("verify", "--heads", HeadsDir, "--public-key", PublicKey);
        Assert.Equal(2, code);
        Assert.Contains("does not carry a valid signature", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HeadsWithoutPublicKey_ExitsThree() =>
        Assert.Equal(3, (await Run("verify", "--heads", HeadsDir)).Code);

    [Fact]
    public async Task Keygen_WritesTheThreeFilesAndNeverOverwrites()
    {
        var dir = Path.Combine(KeyDir, "new");
        var (code, _) = await Run("keygen", "--out", dir);
        Assert.Equal(0, code);
        Assert.NotNull(ChainKey.FromText(await File.ReadAllTextAsync(Path.Combine(dir, "chain.key"))));
        Assert.NotNull(HeadSigningKey.FromPem(await File.ReadAllTextAsync(Path.Combine(dir, "head-signing.pem"))));
        Assert.NotNull(HeadPublicKey.FromPem(await File.ReadAllTextAsync(Path.Combine(dir, "head-signing.pub.pem"))));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir, "chain.key")));
            // The key that seals redress documents at rest is written with them, owner-only too.
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir, "documents.key")));
        }

        Assert.Equal(3, (await Run("keygen", "--out", dir)).Code);
    }
}
