using System.CommandLine;
using System.Text.Json;
using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli.Audit;

/// <summary>`fairnotice audit export --since SEQ`: the audit entries after SEQ and the signed heads that cover them, as JSON
/// lines for a separate log system (ASVS 5.0 16.4.3). Run it on a schedule with the last sequence it shipped; the receiver
/// checks that every entry links to the one before and that the newest head's signature and hash match.</summary>
/// <remarks>Entries carry account ids, roles, countries, actions, object ids, purposes and outcomes: never a person's name,
/// a statement or a document (those are not in the trail).</remarks>
internal static class ExportAudit
{
    public static Command Command(TextWriter output)
    {
        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string>("--connection", "-c") { Description = "Connection string", DefaultValueFactory = _ => "Data Source=src/FairNotice.Web/fairnotice.db" };
        var since = new Option<long>("--since") { Description = "Export the entries after this sequence (the last one shipped); 0 for all", DefaultValueFactory = _ => 0 };
        var heads = new Option<string?>("--heads") { Description = "Folder of signed heads: those covering an exported entry are appended" };
        var outFile = new Option<string?>("--out") { Description = "Append to this file instead of writing to standard output" };
        var export = new Command("export", "Write the audit entries after --since, and the signed heads covering them, as JSON lines; exit 3 when the database cannot be read.")
            { provider, connection, since, heads, outFile };
        export.SetAction((parse, ct) => RunAsync(parse.GetValue(provider)!, parse.GetValue(connection)!, parse.GetValue(since), parse.GetValue(heads), parse.GetValue(outFile), output, ct));
        return export;
    }

    public static async Task<int> RunAsync(string provider, string connection, long since, string? headsDir, string? outFile, TextWriter output, CancellationToken ct)
    {
        await using var db = LocalDatabase.Open(provider, connection);
        if (!await db.Database.CanConnectAsync(ct))
        {
            await output.WriteLineAsync($"Cannot open the {provider} database.");
            return VerifyAudit.Unusable;
        }

        var heads = headsDir is not null && Directory.Exists(headsDir)
            ? (await SignAuditHead.ReadFilesAsync(headsDir, ct)).Select(f => (f, Head: AuditHeads.Parse(f.Text))).Where(h => h.Head is { } x && x.Sequence > since).OrderBy(h => h.Head!.Sequence).ToList()
            : [];
        await using var file = outFile is null ? null : new StreamWriter(outFile, append: true);
        var target = (TextWriter?)file ?? output;
        long count = 0;
        long last = since;
        await foreach (var e in db.AuditEntries.AsNoTracking().Where(a => a.Sequence > since).OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            await target.WriteLineAsync(Line(e));
            count++;
            last = e.Sequence;
        }

        foreach (var (f, head) in heads.Where(h => h.Head!.Sequence <= last))
        {
            using var doc = JsonDocument.Parse(f.Text);
            await target.WriteLineAsync(JsonSerializer.Serialize(new { type = "head", file = f.Name, head = doc.RootElement }));
        }

        if (file is not null)
        {
            await output.WriteLineAsync($"Exported {count} entries after {since} (next: --since {last}) to {outFile}.");
        }

        return VerifyAudit.Intact;
    }

    private static string Line(AuditEntry e) => JsonSerializer.Serialize(new
    {
        type = "entry",
        sequence = e.Sequence,
        at = e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        actorId = e.ActorId,
        actorCountry = e.ActorCountry,
        actorRole = e.ActorRole,
        action = e.Action,
        objectType = e.ObjectType,
        objectId = e.ObjectId,
        purpose = e.Purpose,
        outcome = e.Outcome,
        stateDigest = e.StateDigest,
        where = e.Where,
        previousHash = e.PreviousHash,
        hash = e.Hash,
    });
}
