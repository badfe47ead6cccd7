using System.CommandLine;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace FairNotice.Cli.Audit;

/// <summary>`fairnotice audit verify`: re-checks the hash chain straight from the database and names the first broken entry.</summary>
internal static class VerifyAudit
{
    public const int Intact = 0;
    public const int Broken = 2;
    public const int Unusable = 3;

    public static Command Command(TextWriter output)
    {
        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string>("--connection", "-c")
        {
            Description = "Connection string (default: the embedded SQLite database of src/FairNotice.Web)",
            DefaultValueFactory = _ => "Data Source=src/FairNotice.Web/fairnotice.db",
        };
        var head = new Option<string?>("--expect-head") { Description = "A head hash published earlier: detects a truncated or rewritten tail" };
        var verify = new Command("verify", "Verify the audit trail's hash chain; exit 0 when intact, 2 when broken.") { provider, connection, head };
        verify.SetAction((parse, ct) => RunAsync(parse.GetValue(provider)!, parse.GetValue(connection)!, parse.GetValue(head), output, ct));
        return new Command("audit", "The append-only audit trail.") { verify };
    }

    public static async Task<int> RunAsync(string provider, string connection, string? expectedHead, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        if (provider == "Sqlite" && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource is { } file && !File.Exists(file))
        {
            console.MarkupLine($"[red]No database at {Markup.Escape(file)}.[/] Start the server once, or pass --connection.");
            return Unusable;
        }

        await using var db = LocalDatabase.Open(provider, connection);
        if (!await db.Database.CanConnectAsync(ct))
        {
            console.MarkupLine($"[red]Cannot open the {provider} database.[/]");
            return Unusable;
        }

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

        var verdict = AuditChain.Verify(entries, expectedHead);
        var table = new Table().AddColumn("check").AddColumn("result");
        table.AddRow("entries", verdict.EntriesChecked.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("head", verdict.Head);
        table.AddRow("verdict", verdict.Intact ? "[green]intact[/]" : $"[red]{verdict.Break}[/] at entry {verdict.Sequence}");
        console.Write(table);
        console.MarkupLine(verdict.Intact ? $"[green]{Markup.Escape(verdict.Message)}[/]" : $"[red]BROKEN: {Markup.Escape(verdict.Message)}[/]");
        return verdict.Intact ? Intact : Broken;
    }
}
