using System.CommandLine;
using System.Globalization;
using FairNotice.Domain.Transparency;
using FairNotice.Web.Features.Transparency;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace FairNotice.Cli.Statistics;

/// <summary>`fairnotice stats import`: loads published yearly totals (the long-term series) into the statistics.</summary>
internal static class StatsCommand
{
    public const int Imported = 0;
    public const int Invalid = 2;

    public static Command Command(TextWriter output)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV: year, red_notices_issued, wanted_person_diffusions, refused_or_cancelled_total, refused_art2, refused_art3, source" };
        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string>("--connection", "-c")
        {
            Description = "Connection string (default: the embedded SQLite database of src/FairNotice.Web)",
            DefaultValueFactory = _ => "Data Source=src/FairNotice.Web/fairnotice.db",
        };
        var import = new Command("import", "Load published yearly totals; a year already loaded is replaced. Exit 0 when loaded, 2 when the file is invalid.") { file, provider, connection };
        import.SetAction((parse, ct) => ImportAsync(parse.GetValue(file)!, parse.GetValue(provider)!, parse.GetValue(connection)!, output, ct));
        return new Command("stats", "Statistics.") { import };
    }

    public static async Task<int> ImportAsync(FileInfo file, string provider, string connection, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        if (!file.Exists)
        {
            console.MarkupLine($"[red]No file at {Markup.Escape(file.FullName)}.[/]");
            return Invalid;
        }

        Domain.Result<IReadOnlyList<PublishedTotal>> parsed;
        using (var reader = new StreamReader(file.FullName))
        {
            parsed = await PublishedTotalsCsv.ReadAsync(reader);
        }

        if (!parsed.IsOk)
        {
            var error = (Domain.InvalidError)parsed.Error!;
            foreach (var (where, messages) in error.Fields)
            {
                console.MarkupLine($"[red]{Markup.Escape(where)}:[/] {Markup.Escape(string.Join(" ", messages))}");
            }

            return Invalid;
        }

        await using var db = LocalDatabase.Open(provider, connection);
        await db.Database.MigrateAsync(ct);
        var count = await PublishedTotalsCsv.StoreAsync(db, parsed.Value, DateTimeOffset.UtcNow, ct);
        var table = new Table().AddColumns("year", "Red Notices", "diffusions", "refused or cancelled");
        foreach (var t in parsed.Value)
        {
            table.AddRow(t.Year.ToString(CultureInfo.InvariantCulture), N(t.RedNotices), N(t.Diffusions), N(t.RefusedOrCancelled));
        }

        console.Write(table);
        console.MarkupLine($"[green]{count} year(s) loaded[/] from {Markup.Escape(file.Name)}; the statistics page charts them beside this system's own data.");
        return Imported;

        static string N(int? n) => n?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
    }
}
