using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Cli.Tests;

/// <summary>ADR 0033: `audit prove`, `audit consistency` and `audit check-proof` (offline, public key only), `audit verify`
/// against signed tree heads, and the owner-run `audit prune`.</summary>
public sealed class AuditProofCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-cli-proof-{Guid.NewGuid():N}.db");
    private AuditKeyring _keys = null!;

    private string Connection => $"Data Source={_path}";

    private string KeyDir => _path + "-audit";

    private string HeadsDir => Path.Combine(KeyDir, "heads");

    private string PublicKey => Path.Combine(KeyDir, "head-signing.pub.pem");

    public async ValueTask InitializeAsync()
    {
        _keys = AuditKeyFiles.Load(new AuditOptions(), new DatabaseOptions { ConnectionString = Connection }, demo: true, contentRoot: "/");
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options, _keys.Chain);
        await db.Database.MigrateAsync();
        await StartKeyedChain.EnsureAsync(db, _keys.Chain, T0, CancellationToken.None);
        await AppendAsync(db, 0, 6);
        Assert.NotNull(await SignAuditHead.WriteAsync(db, _keys, T0.AddHours(1), NullLogger.Instance, CancellationToken.None));
        await AppendAsync(db, 6, 9);
        Assert.NotNull(await SignAuditHead.WriteAsync(db, _keys, T0.AddHours(2), NullLogger.Instance, CancellationToken.None));
    }

    private static async Task AppendAsync(AppDbContext db, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            db.Audit(new AuditFacts(T0.AddMinutes(i), "u1", "FR", "NcbOfficer", "notice.read", "notice", $"n{i}", "case work", "ok"));
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

    private string[] HeadFiles() => [.. Directory.GetFiles(HeadsDir, "head-*.json").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Heads_AreSignedTreeHeads_AndVerifyChecksThem()
    {
        // Signed tree heads that name the newest pruning cut (version 3; 0 here: never pruned).
        Assert.All(HeadFiles(), f => Assert.Contains(AuditHeads.CutFormat, File.ReadAllText(f), StringComparison.Ordinal));
        Assert.All(HeadFiles(), f => Assert.Equal(0, AuditHeads.Parse(File.ReadAllText(f))!.Cut));
        var (code, output) = await Run("verify", "--connection", Connection);
        Assert.True(code == 0, output);
    }

    [Fact]
    public async Task Prove_ThenCheckProofOffline_HoldsForEveryEntry()
    {
        var proofFile = _path + ".proof.json";
        try
        {
            for (var sequence = 1; sequence <= 10; sequence++)
            {
                var (code, output) = await Run("prove", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), "--connection", Connection, "--out", proofFile);
                Assert.True(code == 0, output);
                (code, output) = await Run("check-proof", proofFile, "--public-key", PublicKey);
                Assert.True(code == 0, output);
                Assert.StartsWith("VALID", output, StringComparison.Ordinal);
            }

            // A third party edits the entry in the proof: caught, with the public key alone.
            await File.WriteAllTextAsync(proofFile, (await File.ReadAllTextAsync(proofFile)).Replace("\"case work\"", "\"curiosity\"", StringComparison.Ordinal));
            var (bad, badOutput) = await Run("check-proof", proofFile, "--public-key", PublicKey);
            Assert.True(bad == 2, badOutput);
        }
        finally
        {
            File.Delete(proofFile);
        }
    }

    [Fact]
    public async Task Consistency_BetweenTheTwoHeads_ChecksOffline()
    {
        var heads = HeadFiles();
        Assert.Equal(2, heads.Length);
        var proofFile = _path + ".consistency.json";
        try
        {
            var (code, output) = await Run("consistency", heads[0], heads[1], "--connection", Connection, "--out", proofFile);
            Assert.True(code == 0, output);
            (code, output) = await Run("check-proof", proofFile, "--public-key", PublicKey);
            Assert.True(code == 0, output);
            (code, output) = await Run("check-proof", proofFile, "--public-key", Path.Combine(KeyDir, "head-signing.pem"));
            Assert.Equal(3, code);
        }
        finally
        {
            File.Delete(proofFile);
        }
    }

    [Fact]
    public async Task Verify_EntryEditedInsideATreeHead_ExitsTwo()
    {
        await using (var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options))
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Purpose" = 'nothing' WHERE "Sequence" = 3""");
        }

        var (code, output) = await Run("verify", "--connection", Connection);
        Assert.True(code == 2, output);
    }

    [Fact]
    public async Task Prune_OwnerRun_LeavesACheckpointWithTheFrontier_AndProofsStillHold()
    {
        var (code, output) = await Run("prune", "--connection", Connection, "--audit-dir", KeyDir, "--days", "1");
        Assert.True(code == 0, output);
        await using (var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options))
        {
            var checkpoint = await AuditCheckpointRecord.NewestAsync(db, CancellationToken.None);
            Assert.NotNull(checkpoint?.TreeFrontier);
            // A head after the prune, so that the remaining entries are covered by a tree head computed from the frontier.
            Assert.NotNull(await SignAuditHead.WriteAsync(new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options, _keys.Chain),
                _keys, DateTimeOffset.UtcNow, NullLogger.Instance, CancellationToken.None));
        }

        (code, output) = await Run("verify", "--connection", Connection);
        Assert.True(code == 0, output);
        var heads = HeadFiles();
        var proofFile = _path + ".after-prune.json";
        try
        {
            var last = AuditHeads.Parse(File.ReadAllText(heads[^1]))!;
            (code, output) = await Run("prove", last.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), "--connection", Connection, "--out", proofFile);
            Assert.True(code == 0, output);
            (code, output) = await Run("check-proof", proofFile, "--public-key", PublicKey);
            Assert.True(code == 0, output);
        }
        finally
        {
            File.Delete(proofFile);
        }
    }

    [Fact]
    public async Task Verify_AfterPrune_ChecksTheCheckpointCopy_TamperedOrMissingIsBroken()
    {
        var (code, output) = await Run("prune", "--connection", Connection, "--audit-dir", KeyDir, "--days", "1");
        Assert.True(code == 0, output);
        var copy = Assert.Single(Directory.GetFiles(HeadsDir, "checkpoint-*.json"));
        var original = await File.ReadAllTextAsync(copy);
        Assert.True((await Run("verify", "--connection", Connection)).Code == 0);
        (code, output) = await Run("verify", "--heads", HeadsDir, "--public-key", PublicKey);
        Assert.True(code == 0, output);
        Assert.Contains("checkpoint", output, StringComparison.Ordinal);
        try
        {
            // One more entry counted in the copy: its signature no longer holds, with or without the database.
            var count = AuditCheckpointCopies.Parse(original)!.Count;
            await File.WriteAllTextAsync(copy, original.Replace($"\"count\": {count}", $"\"count\": {count + 1}", StringComparison.Ordinal));
            (code, output) = await Run("verify", "--heads", HeadsDir, "--public-key", PublicKey);
            Assert.True(code == 2, output);
            Assert.Contains(Path.GetFileName(copy), output, StringComparison.Ordinal);
            (code, output) = await Run("verify", "--connection", Connection);
            Assert.True(code == 2, output);

            // Missing: the database's checkpoint has no copy beside the heads.
            File.Delete(copy);
            (code, output) = await Run("verify", "--connection", Connection);
            Assert.True(code == 2, output);
            Assert.Contains("no copy", output, StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(copy, original);
        }

        Assert.True((await Run("verify", "--connection", Connection)).Code == 0);
    }
}
