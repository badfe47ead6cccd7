using System.CommandLine;
using System.Globalization;
using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace FairNotice.Cli.Audit;

/// <summary>`fairnotice audit verify`: re-checks the keyed chain, the signed heads and every request's state straight
/// from the database, or (a third party, with only the public key) the signed heads alone.</summary>
internal static class VerifyAudit
{
    public const int Intact = 0;
    public const int Broken = 2;
    public const int Unusable = 3;
    private const string DefaultConnection = "Data Source=src/FairNotice.Web/fairnotice.db";

    public static Command Command(TextWriter output)
    {
        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string?>("--connection", "-c")
        {
            Description = "Connection string (default: the embedded SQLite database of src/FairNotice.Web; with --heads and no --connection, only the heads are checked)",
        };
        var head = new Option<string?>("--expect-head") { Description = "A head hash published earlier: detects a truncated or rewritten tail" };
        var keyFile = new Option<string?>("--key-file") { Description = "The chain key (base64): authenticates every keyed entry. Without it only the links are checked" };
        var retired = new Option<string[]>("--retired-key-file")
        {
            Description = "A chain key in force before a rotation (repeat for several): authenticates the entries keyed with it",
            DefaultValueFactory = _ => [],
        };
        var heads = new Option<string?>("--heads") { Description = "Folder of signed heads (head-*.json): detects an emptied, truncated or rewritten log" };
        var publicKey = new Option<string?>("--public-key") { Description = "The Ed25519 public key (PEM) the heads are signed with" };
        var verify = new Command("verify", "Verify the audit trail; exit 0 when intact, 2 when broken, 3 when it cannot be read.") { provider, connection, head, keyFile, retired, heads, publicKey };
        verify.SetAction((parse, ct) => RunAsync(new VerifyArgs(parse.GetValue(provider)!, parse.GetValue(connection), parse.GetValue(head),
            parse.GetValue(keyFile), parse.GetValue(heads), parse.GetValue(publicKey), parse.GetValue(retired)), output, ct));

        var outDir = new Option<string>("--out") { Description = "Folder for chain.key, head-signing.pem and head-signing.pub.pem", Required = true };
        var keygen = new Command("keygen", "Create the audit keys for a server (set Audit:Directory to the folder); give head-signing.pub.pem to third parties.") { outDir };
        keygen.SetAction(parse => Keygen(parse.GetValue(outDir)!, output));
        var audit = new Command("audit", "The append-only audit trail.") { verify, keygen, ExportAudit.Command(output), PruneAuditCommand.Command(output) };
        foreach (var command in ProveAudit.Commands(output))
        {
            audit.Subcommands.Add(command);
        }

        return audit;
    }

    public static Task<int> RunAsync(string provider, string connection, string? expectedHead, TextWriter output, CancellationToken ct) =>
        RunAsync(new VerifyArgs(provider, connection, expectedHead, null, null, null), output, ct);

    public static async Task<int> RunAsync(VerifyArgs args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = CliConsole.For(output);
        if (args.Connection is null && args.Heads is not null)
        {
            return await VerifyHeadsOnlyAsync(args, console, ct);
        }

        var connection = args.Connection ?? DefaultConnection;
        var keyFile = args.KeyFile;
        var headsDir = args.Heads;
        var publicKeyFile = args.PublicKey;
        if (args.Provider == "Sqlite" && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource is { } file)
        {
            if (!File.Exists(file))
            {
                console.MarkupLine($"[red]No database at {Markup.Escape(file)}.[/] Start the server once, or pass --connection.");
                return Unusable;
            }

            // Demo mode keeps its keys and heads beside the database: use them unless told otherwise.
            var demo = Path.GetFullPath(file) + "-audit";
            keyFile ??= Existing(Path.Combine(demo, AuditKeyFiles.ChainKeyName));
            headsDir ??= Directory.Exists(Path.Combine(demo, AuditKeyFiles.HeadsName)) ? Path.Combine(demo, AuditKeyFiles.HeadsName) : null;
            publicKeyFile ??= headsDir is null ? null : Existing(Path.Combine(demo, AuditKeyFiles.PublicKeyName));
        }

        ChainKey? key = null;
        if (keyFile is not null && (key = File.Exists(keyFile) ? ChainKey.FromText(await File.ReadAllTextAsync(keyFile, ct)) : null) is null)
        {
            console.MarkupLine($"[red]No chain key in {Markup.Escape(keyFile)}.[/]");
            return Unusable;
        }

        var retiredKeys = new List<ChainKey>();
        foreach (var f in args.RetiredKeyFiles ?? [])
        {
            if ((File.Exists(f) ? ChainKey.FromText(await File.ReadAllTextAsync(f, ct)) : null) is not { } retiredKey)
            {
                console.MarkupLine($"[red]No chain key in {Markup.Escape(f)}.[/]");
                return Unusable;
            }

            retiredKeys.Add(retiredKey);
        }

        var (headFiles, pub, problem) = await ReadHeadsAsync(headsDir, publicKeyFile, ct);
        if (problem is not null)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
            return Unusable;
        }

        await using var db = LocalDatabase.Open(args.Provider, connection);
        if (!await db.Database.CanConnectAsync(ct))
        {
            console.MarkupLine($"[red]Cannot open the {args.Provider} database.[/]");
            return Unusable;
        }

        // One snapshot for the log, the pending entries (ADR 0033) and the requests' states.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var pending = await VerifyAuditTrail.PendingAsync(db, ct);
        var total = await db.AuditEntries.CountAsync(ct);
        var entries = new List<ChainedEntry>(total);
        await console.WithProgressAsync(async progress =>
        {
            var task = progress.AddTask("Reading audit entries", maxValue: Math.Max(1, total));
            await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            {
                entries.Add(e.ToChained());
                task.Increment(1);
            }
        });

        var evidence = new AuditEvidence(key, headFiles, pub, retiredKeys, headsDir is null ? null : await SignAuditHead.ReadCheckpointFilesAsync(headsDir, ct));
        var checkpoints = await VerifyAuditTrail.CheckpointsAsync(db, ct);
        var verdict = VerifyAuditTrail.Check(entries, evidence, await NoticeState.DigestsAsync(db, null, ct), checkpoints, pending);
        if (verdict.Intact && args.ExpectedHead is not null
            && AuditChain.Verify(entries, evidence.Keys, args.ExpectedHead, checkpoints.LastOrDefault()) is { Intact: false } published)
        {
            verdict = verdict with { Intact = false, Break = published.Break?.ToString(), Sequence = published.Sequence, Message = published.Message };
        }

        var table = new Table().AddColumn("check").AddColumn("result");
        table.AddRow("entries", verdict.EntriesChecked.ToString(CultureInfo.InvariantCulture));
        table.AddRow("head", verdict.Head);
        table.AddRow("keyed from", verdict.KeyedFrom is { } k ? $"entry {k}" + (verdict.Authenticated ? ", authenticated with the key" : ", [yellow]not authenticated (no --key-file, or a rotated-out key without --retired-key-file)[/]") : "not keyed");
        table.AddRow("signed heads", verdict.LastSignedHead is { } s ? string.Create(CultureInfo.InvariantCulture, $"newest covers entry {s}, signed {verdict.LastSignedAt:yyyy-MM-dd HH:mm:ss} UTC") : headFiles is null ? "[yellow]not checked (no --heads)[/]" : "none");
        table.AddRow("pending", pending.Count == 0 ? "none" : $"{pending.Count} written, not yet sealed" + (evidence.Keys.Count > 0 ? " (MACs checked)" : ""));
        table.AddRow("requests", verdict.NoticesChecked?.ToString(CultureInfo.InvariantCulture) ?? "not checked");
        table.AddRow("verdict", verdict.Intact ? "[green]intact[/]" : $"[red]{verdict.Break}[/]" + (verdict.Sequence is { } q ? $" at entry {q}" : ""));
        console.Write(table);
        console.MarkupLine(verdict.Intact ? $"[green]{Markup.Escape(verdict.Message)}[/]" : $"[red]BROKEN: {Markup.Escape(verdict.Message)}[/]");
        return verdict.Intact ? Intact : Broken;
    }

    // A third party with the heads and the public key only: signatures, order, forks.
    private static async Task<int> VerifyHeadsOnlyAsync(VerifyArgs args, IAnsiConsole console, CancellationToken ct)
    {
        var (files, pub, problem) = await ReadHeadsAsync(args.Heads, args.PublicKey, ct);
        if (problem is not null || files is null || pub is null)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem ?? "--heads needs --public-key.")}[/]");
            return Unusable;
        }

        var verdict = AuditHeads.Check(files, pub);
        if (verdict.Intact && verdict.Latest is null)
        {
            console.MarkupLine($"[red]No signed head (head-*.json) in {Markup.Escape(args.Heads!)}.[/]");
            return Unusable;
        }

        if (!verdict.Intact)
        {
            console.MarkupLine($"[red]BROKEN: {Markup.Escape(verdict.Message)}[/]");
            return Broken;
        }

        // After pruning, the signed checkpoints kept beside the heads: each validly signed and agreeing with the heads.
        var copies = AuditCheckpointCopies.Check(await SignAuditHead.ReadCheckpointFilesAsync(args.Heads!, ct), pub, verdict.Heads);
        console.MarkupLine(copies.Intact
            ? $"[green]{Markup.Escape(verdict.Message)} {Markup.Escape(copies.Message)}[/]"
            : $"[red]BROKEN: {Markup.Escape(copies.Message)}[/]");
        return copies.Intact ? Intact : Broken;
    }

    private static async Task<(List<HeadFile>? Files, HeadPublicKey? Key, string? Problem)> ReadHeadsAsync(string? heads, string? publicKey, CancellationToken ct)
    {
        if (heads is null)
        {
            return (null, null, null);
        }

        if (publicKey is null)
        {
            return (null, null, "--heads needs --public-key (the PEM file the operator published).");
        }

        if (!Directory.Exists(heads))
        {
            return (null, null, $"No heads folder at {heads}.");
        }

        var key = File.Exists(publicKey) ? HeadPublicKey.FromPem(await File.ReadAllTextAsync(publicKey, ct)) : null;
        return key is null ? (null, null, $"No Ed25519 public key (PEM) in {publicKey}.") : (await SignAuditHead.ReadFilesAsync(heads, ct), key, null);
    }

    private static int Keygen(string folder, TextWriter output)
    {
        var console = CliConsole.For(output);
        try
        {
            AuditKeyFiles.Generate(folder);
        }
        catch (IOException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/] Existing keys are never overwritten.");
            return Unusable;
        }

        console.MarkupLine($"Wrote {AuditKeyFiles.ChainKeyName}, {AuditKeyFiles.SigningKeyName} and {SealedFiles.KeyFileName} (secrets, owner-only) and {AuditKeyFiles.PublicKeyName} to {Markup.Escape(folder)}.");
        console.MarkupLine($"Start the server with Audit__Directory={Markup.Escape(folder)}; publish {AuditKeyFiles.PublicKeyName} for third parties.");
        return Intact;
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}

/// <summary>What `audit verify` was asked to check.</summary>
internal sealed record VerifyArgs(string Provider, string? Connection, string? ExpectedHead, string? KeyFile, string? Heads, string? PublicKey,
    IReadOnlyList<string>? RetiredKeyFiles = null);
