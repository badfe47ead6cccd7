using System.Security.Cryptography;
using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Cli.Tests;

/// <summary>Rotating the audit chain key (ASVS 5.0 11.1.1, 11.2.2): a server started with a new key and the retired one as
/// Audit:PreviousChainKey writes a rotation entry; `audit verify` authenticates both segments with both keys, and fails when
/// the rotation entry is tampered with.</summary>
public sealed class AuditKeyRotationCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-cli-rotation-{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={_path}";

    private string KeyDir => _path + "-audit";

    private string OldKeyFile => Path.Combine(KeyDir, "chain.key");

    private string NewKeyFile => Path.Combine(KeyDir, "chain-2.key");

    private SqliteDbContext Open(ChainKey key) => new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options, key);

    public async ValueTask InitializeAsync()
    {
        var keys = AuditKeyFiles.Load(new AuditOptions(), new DatabaseOptions { ConnectionString = Connection }, demo: true, contentRoot: "/");
        await using (var db = Open(keys.Chain))
        {
            await db.Database.MigrateAsync();
            await StartKeyedChain.EnsureAsync(db, keys.Chain, T0, CancellationToken.None);
            await ReadsAsync(db, 0);
        }

        // The operator makes a new key and restarts with the retired one as Audit:PreviousChainKeyFile.
        await File.WriteAllTextAsync(NewKeyFile, new ChainKey(RandomNumberGenerator.GetBytes(32)).ToText());
        var rotating = AuditKeyFiles.Load(new AuditOptions { ChainKeyFile = NewKeyFile, PreviousChainKeyFile = OldKeyFile },
            new DatabaseOptions { ConnectionString = Connection }, demo: true, contentRoot: "/");
        Assert.NotNull(rotating.Chain.Retires);
        await using (var db = Open(rotating.Chain))
        {
            await StartKeyedChain.EnsureAsync(db, rotating.Chain, T0.AddHours(1), CancellationToken.None);
            await ReadsAsync(db, 10);
            Assert.NotNull(await SignAuditHead.WriteAsync(db, rotating, T0.AddHours(2), NullLogger.Instance, CancellationToken.None));
        }
    }

    private static async Task ReadsAsync(AppDbContext db, int from)
    {
        for (var i = from; i < from + 3; i++)
        {
            db.Audit(new AuditFacts(T0.AddMinutes(i), "u1", "FR", "NcbOfficer", "notice.list", "notice", null, "case work", "ok"));
            await db.SaveChangesAsync();
        }
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

    private async Task<T> Read<T>(Func<SqliteDbContext, Task<T>> read)
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        return await read(db);
    }

    [Fact]
    public async Task Rotation_IsOneEntryNamingTheNewKey_WrittenAtStart()
    {
        var newKey = ChainKey.FromText(await File.ReadAllTextAsync(NewKeyFile))!;
        var oldKey = ChainKey.FromText(await File.ReadAllTextAsync(OldKeyFile))!;
        var rotation = Assert.Single(await Read(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditChain.KeyRotationAction).ToListAsync()));
        Assert.Equal(newKey.Id, rotation.ObjectId);
        Assert.StartsWith($"rotated from key {oldKey.Id}", rotation.Purpose, StringComparison.Ordinal);
        var after = await Read(db => db.AuditEntries.AsNoTracking().Where(a => a.Sequence == rotation.Sequence + 1).SingleAsync());
        Assert.Equal("audit.key_in_use", after.Action);
    }

    [Fact]
    public async Task Verify_BothKeys_IntactAndAuthenticatedAcrossTheRotation()
    {
        var (code, output) = await Run("verify", "--connection", Connection, "--key-file", NewKeyFile, "--retired-key-file", OldKeyFile);
        Assert.True(code == 0, output);
        Assert.Contains("authenticated with the key", output, StringComparison.Ordinal);
        Assert.Contains("newest covers entry", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithoutTheRetiredKey_SaysTheOlderEntriesAreNotAuthenticated()
    {
        var (code, output) = await Run("verify", "--connection", Connection, "--key-file", NewKeyFile);
        Assert.True(code == 0, output);
        Assert.Contains("not authenticated", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RotationEntryTampered_ExitsTwoNamingIt()
    {
        var rotation = await Read(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditChain.KeyRotationAction).SingleAsync());
        await Read(db => db.Database.ExecuteSqlRawAsync(
            """UPDATE "AuditEntries" SET "Purpose" = 'rotated from key 0000000000000000; proof 00' WHERE "Action" = 'audit.key_rotation' """));
        var (code, output) = await Run("verify", "--connection", Connection, "--key-file", NewKeyFile, "--retired-key-file", OldKeyFile);
        Assert.Equal(2, code);
        Assert.Contains($"Entry {rotation.Sequence}, a key rotation", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAKeyThatIsNeitherInForceNorRotatingFromIt_RefusedAtStart()
    {
        var foreign = new ChainKey(RandomNumberGenerator.GetBytes(32));
        await using var db = Open(foreign);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => StartKeyedChain.EnsureAsync(db, foreign, T0.AddDays(1), CancellationToken.None));
        Assert.Contains(foreign.Id, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WithAKeyThatIsNeitherInForceNorRotatingFromIt_Refused()
    {
        await using var db = Open(new ChainKey(RandomNumberGenerator.GetBytes(32)));
        db.Audit(new AuditFacts(T0.AddDays(1), "u1", "FR", "NcbOfficer", "notice.list", "notice", null, "case work", "ok"));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("rotate", e.Message, StringComparison.Ordinal);
    }
}
