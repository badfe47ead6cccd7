using System.CommandLine;
using System.Globalization;
using FairNotice.Domain.Audit;
using FairNotice.Domain.Retention;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Cli.Audit;

/// <summary>`fairnotice audit prune`: the retention pruning of audit entries (ADR 0027, 0033) run by the database owner,
/// for deployments whose serving account may not delete audit rows (ADR 0019, issue #18). Same code as the daily job: it
/// refuses a trail that does not verify, carries every request's newest state forward, and leaves a signed checkpoint
/// with the Merkle tree's frontier.</summary>
internal static class PruneAuditCommand
{
    public static Command Command(TextWriter output)
    {
        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string>("--connection", "-c") { Description = "The owner's connection string (the account that may delete audit rows)", Required = true };
        var keys = new Option<string>("--audit-dir") { Description = "The server's audit folder: chain.key, head-signing.pem and heads/ (Audit:Directory)", Required = true };
        var days = new Option<int?>("--days") { Description = "Keep entries this many days (default: the retention schedule's rule for audit entries)" };
        var prune = new Command("prune", "Prune audit entries past their retention behind a signed checkpoint; exit 0 when done (or nothing due), 2 when the trail does not verify, 3 when unusable.")
            { provider, connection, keys, days };
        prune.SetAction((parse, ct) => RunAsync(parse.GetValue(provider)!, parse.GetValue(connection)!, parse.GetValue(keys)!, parse.GetValue(days), TimeProvider.System.GetUtcNow(), output, ct));
        return prune;
    }

    public static async Task<int> RunAsync(string provider, string connection, string auditDir, int? days, DateTimeOffset now, TextWriter output, CancellationToken ct)
    {
        var chainFile = Path.Combine(auditDir, AuditKeyFiles.ChainKeyName);
        var signingFile = Path.Combine(auditDir, AuditKeyFiles.SigningKeyName);
        var chain = File.Exists(chainFile) ? ChainKey.FromText(await File.ReadAllTextAsync(chainFile, ct)) : null;
        var signing = File.Exists(signingFile) ? HeadSigningKey.FromPem(await File.ReadAllTextAsync(signingFile, ct)) : null;
        if (chain is null || signing is null)
        {
            await output.WriteLineAsync($"{auditDir} must hold {AuditKeyFiles.ChainKeyName} and {AuditKeyFiles.SigningKeyName}.");
            return VerifyAudit.Unusable;
        }

        var rule = RetentionSchedule.Default.For(RetentionSubject.AuditEntries);
        if (days is { } d)
        {
            if (d < 1)
            {
                await output.WriteLineAsync("--days must be at least 1.");
                return VerifyAudit.Unusable;
            }

            rule = rule with { Days = d };
        }

        await using var db = LocalDatabase.Open(provider, connection, chain);
        if (!await db.Database.CanConnectAsync(ct))
        {
            await output.WriteLineAsync($"Cannot open the {provider} database.");
            return VerifyAudit.Unusable;
        }

        var keyring = new AuditKeyring(chain, signing, Path.Combine(auditDir, AuditKeyFiles.HeadsName));
        var due = await db.AuditEntries.AnyAsync(a => a.At <= rule.Cutoff(now), ct);
        var pruned = await PruneAudit.RunAsync(db, keyring, rule, now, NullLogger.Instance, ct);
        if (due && pruned == 0)
        {
            await output.WriteLineAsync("Entries are due, but the trail does not verify: nothing was pruned. Run `fairnotice audit verify`.");
            return VerifyAudit.Broken;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Pruned {pruned} audit entries older than {rule.Days} days ({rule.Id})."));
        return VerifyAudit.Intact;
    }
}
