using System.CommandLine;
using System.Globalization;
using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli.Audit;

/// <summary>`fairnotice audit prove SEQUENCE`, `audit consistency OLD NEW` and `audit check-proof FILE`: RFC 9162 inclusion
/// and consistency proofs against the signed tree heads (ADR 0033). Proving reads the database and the heads folder;
/// checking needs only the proof file and the heads' public key, so a third party (the Commission, an external auditor)
/// runs it offline.</summary>
internal static class ProveAudit
{
    public static IEnumerable<Command> Commands(TextWriter output)
    {
        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string>("--connection", "-c") { Description = "Connection string", DefaultValueFactory = _ => "Data Source=src/FairNotice.Web/fairnotice.db" };
        var heads = new Option<string?>("--heads") { Description = "Folder of signed heads (default: the demo folder beside the SQLite database)" };
        var outFile = new Option<string?>("--out") { Description = "Write the proof to this file instead of standard output" };
        var sequence = new Argument<long>("sequence") { Description = "The audit entry's sequence number" };
        var prove = new Command("prove", "Write an inclusion proof of an audit entry against the newest signed tree head covering it (JSON); exit 3 when it cannot be built.")
            { sequence, provider, connection, heads, outFile };
        prove.SetAction((parse, ct) => ProveAsync(parse.GetValue(sequence), parse.GetValue(provider)!, parse.GetValue(connection)!, parse.GetValue(heads), parse.GetValue(outFile), output, ct));

        var oldHead = new Argument<string>("old") { Description = "The older head file (head-*.json)" };
        var newHead = new Argument<string>("new") { Description = "The newer head file" };
        var consistency = new Command("consistency", "Write a consistency proof between two signed tree heads (JSON); exit 3 when it cannot be built.")
            { oldHead, newHead, provider, connection, outFile };
        consistency.SetAction((parse, ct) => ConsistencyAsync(parse.GetValue(oldHead)!, parse.GetValue(newHead)!, parse.GetValue(provider)!, parse.GetValue(connection)!,
            parse.GetValue(outFile), output, ct));

        var file = new Argument<string>("file") { Description = "The proof file written by `audit prove` or `audit consistency`" };
        var publicKey = new Option<string>("--public-key") { Description = "The Ed25519 public key (PEM) the operator published", Required = true };
        var check = new Command("check-proof", "Check an inclusion or consistency proof offline with the heads' public key; exit 0 when it holds, 2 when it does not, 3 when unreadable.")
            { file, publicKey };
        check.SetAction((parse, ct) => CheckAsync(parse.GetValue(file)!, parse.GetValue(publicKey)!, output, ct));
        return [prove, consistency, check];
    }

    public static async Task<int> ProveAsync(long sequence, string provider, string connection, string? headsDir, string? outFile, TextWriter output, CancellationToken ct)
    {
        headsDir ??= DemoHeads(provider, connection);
        if (headsDir is null || !Directory.Exists(headsDir))
        {
            await output.WriteLineAsync("No heads folder: pass --heads.");
            return VerifyAudit.Unusable;
        }

        await using var db = LocalDatabase.Open(provider, connection);
        if (!await db.Database.CanConnectAsync(ct))
        {
            await output.WriteLineAsync($"Cannot open the {provider} database.");
            return VerifyAudit.Unusable;
        }

        var (entries, leaves) = await ReadLogAsync(db, ct);
        var index = entries.FindIndex(e => e.Sequence == sequence);
        if (index < 0 || leaves is null)
        {
            await output.WriteLineAsync(index < 0 ? $"No audit entry {sequence} in the log (never written, not yet sealed, or pruned)." : "The log was pruned before it was a Merkle tree: no proofs.");
            return VerifyAudit.Unusable;
        }

        var leafIndex = leaves.PrunedCount + index;
        var head = (await SignAuditHead.ReadFilesAsync(headsDir, ct)).Select(f => AuditHeads.Parse(f.Text)).OfType<SignedHead>()
            .Where(h => h.TreeRoot is not null && h.Count > leafIndex && h.Count <= leaves.Size).MaxBy(h => h.Count);
        if (head is null)
        {
            await output.WriteLineAsync($"No signed tree head covers entry {sequence} yet: wait for the next head (Audit:HeadIntervalMinutes).");
            return VerifyAudit.Unusable;
        }

        return await WriteAsync(AuditProofs.ToJson(AuditProofs.ProveInclusion(leaves, entries[index], leafIndex, head)), outFile, output, ct);
    }

    public static async Task<int> ConsistencyAsync(string oldFile, string newFile, string provider, string connection, string? outFile, TextWriter output, CancellationToken ct)
    {
        var old = File.Exists(oldFile) ? AuditHeads.Parse(await File.ReadAllTextAsync(oldFile, ct)) : null;
        var @new = File.Exists(newFile) ? AuditHeads.Parse(await File.ReadAllTextAsync(newFile, ct)) : null;
        if (old?.TreeRoot is null || @new?.TreeRoot is null || old.Count > @new.Count)
        {
            await output.WriteLineAsync("Give two signed tree head files (format fairnotice-audit-head/2 or /3), the older first.");
            return VerifyAudit.Unusable;
        }

        await using var db = LocalDatabase.Open(provider, connection);
        if (!await db.Database.CanConnectAsync(ct))
        {
            await output.WriteLineAsync($"Cannot open the {provider} database.");
            return VerifyAudit.Unusable;
        }

        var (_, leaves) = await ReadLogAsync(db, ct);
        if (leaves is null || old.Count < leaves.PrunedCount || @new.Count > leaves.Size)
        {
            await output.WriteLineAsync("The log no longer holds (pruned) or does not yet hold the entries between these heads.");
            return VerifyAudit.Unusable;
        }

        return await WriteAsync(AuditProofs.ToJson(AuditProofs.ProveConsistency(leaves, old, @new)), outFile, output, ct);
    }

    public static async Task<int> CheckAsync(string file, string publicKeyFile, TextWriter output, CancellationToken ct)
    {
        var key = File.Exists(publicKeyFile) ? HeadPublicKey.FromPem(await File.ReadAllTextAsync(publicKeyFile, ct)) : null;
        if (key is null)
        {
            await output.WriteLineAsync($"No Ed25519 public key (PEM) in {publicKeyFile}.");
            return VerifyAudit.Unusable;
        }

        var proof = File.Exists(file) ? AuditProofs.Parse(await File.ReadAllTextAsync(file, ct)) : null;
        var verdict = proof switch
        {
            InclusionProofDocument inclusion => AuditProofs.Check(inclusion, key),
            ConsistencyProofDocument consistency => AuditProofs.Check(consistency, key),
            _ => null,
        };
        if (verdict is null)
        {
            await output.WriteLineAsync($"{file} is not an audit proof ({AuditProofs.InclusionFormat} or {AuditProofs.ConsistencyFormat}).");
            return VerifyAudit.Unusable;
        }

        await output.WriteLineAsync((verdict.Valid ? "VALID: " : "INVALID: ") + verdict.Message);
        return verdict.Valid ? VerifyAudit.Intact : VerifyAudit.Broken;
    }

    private static async Task<(List<ChainedEntry> Entries, MerkleLeaves? Leaves)> ReadLogAsync(AppDbContext db, CancellationToken ct)
    {
        var entries = (await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(ct)).Select(e => e.ToChained()).ToList();
        var checkpoint = await AuditCheckpointRecord.NewestAsync(db, ct);
        return (entries, AuditTree.Leaves(entries, checkpoint));
    }

    private static async Task<int> WriteAsync(string json, string? outFile, TextWriter output, CancellationToken ct)
    {
        if (outFile is null)
        {
            await output.WriteAsync(json);
        }
        else
        {
            await File.WriteAllTextAsync(outFile, json, ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {outFile}."));
        }

        return VerifyAudit.Intact;
    }

    private static string? DemoHeads(string provider, string connection) =>
        provider == "Sqlite" && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource is { Length: > 0 } file
            ? Path.Combine(Path.GetFullPath(file) + "-audit", AuditKeyFiles.HeadsName)
            : null;
}
