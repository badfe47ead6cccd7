using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FairNotice.Domain.Access;
using FairNotice.Web.Features.Screening;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace FairNotice.Cli.Screening;

/// <summary>`fairnotice screen passengers.csv --out hits.csv`: against a running server, or directly on a local database.</summary>
internal static class ScreenCommand
{
    private const int Chunk = 1000;

    internal sealed record HitRow(int Row, string Name, string? DateOfBirth, string Reference, string Kind, string Colour, string Status, double Score,
        string MatchedName, string NameKind, string DateOfBirthMatch, string Caveats);

    /// <summary>A candidate below the threshold for a person without a hit (the API's "explain").</summary>
    internal sealed record NearMissRow(int Row, string Name, string? DateOfBirth, string Reference, double Score, double Threshold, string WhyShort, string MatchedName);

    public static Command Command(TextWriter output)
    {
        var input = new Argument<FileInfo>("passengers") { Description = "CSV with a header: name[,dateOfBirth,sex,nationality]" };
        var outFile = new Option<FileInfo>("--out", "-o") { Description = "Where to write the hits (CSV)", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "Why these persons are checked (recorded in the audit trail)", Required = true };
        var server = new Option<string?>("--server") { Description = "Base URL of a running FairNotice (e.g. http://127.0.0.1:5080); otherwise the local database is read" };
        var email = new Option<string?>("--email") { Description = "Account for --server" };
        var password = new Option<string?>("--password") { Description = "Password for --server (or FAIRNOTICE_PASSWORD)" };
        var provider = new Option<string>("--provider") { Description = "Local database: Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        var connection = new Option<string>("--connection", "-c") { Description = "Local database connection string", DefaultValueFactory = _ => "Data Source=src/FairNotice.Web/fairnotice.db" };
        var country = new Option<string?>("--country") { Description = "Local database: screen as this member's NCB would (default: the Secretariat's view)" };
        var nearMisses = new Option<FileInfo?>("--near-misses") { Description = $"Also write, for each person without a hit, the nearest candidates below the threshold (at most {ScreeningFeature.MaxNearMissesPerBatchRow}) and why they fell short, to this CSV" };
        var command = new Command("screen", "Check a passenger list against valid notices and diffusions; writes hits to a CSV and prints a summary.")
        {
            input, outFile, purpose, server, email, password, provider, connection, country, nearMisses,
        };
        command.SetAction(async (p, ct) => await RunAsync(p.GetValue(input)!, p.GetValue(outFile)!, p.GetValue(purpose)!, p.GetValue(server), p.GetValue(email),
            p.GetValue(password) ?? Environment.GetEnvironmentVariable("FAIRNOTICE_PASSWORD"), p.GetValue(provider)!, p.GetValue(connection)!, p.GetValue(country), p.GetValue(nearMisses), output, ct));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo input, FileInfo outFile, string purpose, string? server, string? email, string? password,
        string provider, string connection, string? country, FileInfo? nearMissesFile, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        if (!input.Exists)
        {
            console.MarkupLine($"[red]No file {Markup.Escape(input.FullName)}.[/]");
            return 3;
        }

        var (persons, errors) = PassengerCsv.Read(await File.ReadAllTextAsync(input.FullName, ct), int.MaxValue);
        var invalid = new Dictionary<string, string[]>(errors, StringComparer.Ordinal);
        for (var i = 0; i < persons.Count; i++)
        {
            ScreeningFeature.Parse(persons[i], $"row {i + 2}: ", invalid);
        }

        if (invalid.Count > 0)
        {
            foreach (var (k, v) in invalid.Take(20))
            {
                console.MarkupLine($"[red]{Markup.Escape(k)}{Markup.Escape(string.Join(" ", v))}[/]");
            }

            console.MarkupLine("[red]Nothing was checked.[/]");
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var rows = new List<HitRow>();
        var near = new List<NearMissRow>();
        var explain = nearMissesFile is not null;
        Func<List<ScreenPersonRequest>, int, CancellationToken, Task<(List<HitRow>, List<NearMissRow>)>> search;
        HttpClient? http = null;
        LiveScreeningIndex? local = null;
        if (server is not null)
        {
            http = new HttpClient { BaseAddress = new Uri(server.TrimEnd('/') + "/") };
            var login = await http.PostAsJsonAsync("api/auth/login", new { email, password }, ct);
            if (!login.IsSuccessStatusCode)
            {
                console.MarkupLine($"[red]Sign-in failed ({(int)login.StatusCode}).[/]");
                return 3;
            }

            var token = (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            search = (chunk, offset, token2) => ViaServerAsync(http, chunk, offset, purpose, explain, token2);
        }
        else
        {
            local = new LiveScreeningIndex();
            await using var db = LocalDatabase.Open(provider, connection);
            await local.LoadAsync(db, ct);
            var actor = country is null
                ? new Actor("cli", Affiliation.Secretariat, null, new HashSet<Role> { Role.SecretariatReviewer })
                : new Actor("cli", Affiliation.Ncb, country.ToUpperInvariant(), new HashSet<Role> { Role.NcbOfficer });
            search = (chunk, offset, _) => Task.FromResult(Local(local, actor, chunk, offset, explain));
        }

        await console.WithProgressAsync(async progress =>
            {
                var task = progress.AddTask($"Screening {persons.Count:N0} persons", maxValue: Math.Max(1, persons.Count));
                for (var offset = 0; offset < persons.Count; offset += Chunk)
                {
                    var chunk = persons.Skip(offset).Take(Chunk).ToList();
                    var (hits, misses) = await search(chunk, offset, ct);
                    rows.AddRange(hits);
                    near.AddRange(misses);
                    task.Increment(chunk.Count);
                }
            }, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn());
        http?.Dispose();
        local?.Dispose();

        await File.WriteAllTextAsync(outFile.FullName, ToCsv(rows), new UTF8Encoding(false), ct);
        if (nearMissesFile is not null)
        {
            await File.WriteAllTextAsync(nearMissesFile.FullName, NearMissesCsv(near), new UTF8Encoding(false), ct);
            console.MarkupLine($"{near.Count} near misses for {near.Select(n => n.Row).Distinct().Count()} persons without a hit written to {Markup.Escape(nearMissesFile.FullName)}.");
        }

        var table = new Table().AddColumn("persons").AddColumn("with hits").AddColumn("hits").AddColumn("seconds").AddColumn("output");
        table.AddRow(persons.Count.ToString("N0", CultureInfo.InvariantCulture), rows.Select(r => r.Row).Distinct().Count().ToString(CultureInfo.InvariantCulture),
            rows.Count.ToString(CultureInfo.InvariantCulture), started.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), Markup.Escape(outFile.FullName));
        console.Write(table);
        return 0;
    }

    // CsvHelper 34 moved to source-generated mappers; twelve columns of RFC 4180 need no library.
    internal static string ToCsv(IEnumerable<HitRow> rows)
    {
        var sb = new StringBuilder("row,name,date_of_birth,reference,kind,colour,status,score,matched_name,name_kind,date_of_birth_match,caveats\n");
        foreach (var r in rows)
        {
            sb.AppendJoin(',', [r.Row.ToString(CultureInfo.InvariantCulture), Q(r.Name), Q(r.DateOfBirth), Q(r.Reference), r.Kind, r.Colour, r.Status,
                r.Score.ToString("0.0000", CultureInfo.InvariantCulture), Q(r.MatchedName), r.NameKind, Q(r.DateOfBirthMatch), Q(r.Caveats)]).Append('\n');
        }

        return sb.ToString();
    }

    private static string Q(string? v) => v is null ? "" : v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;

    internal static string NearMissesCsv(IEnumerable<NearMissRow> rows)
    {
        var sb = new StringBuilder("row,name,date_of_birth,reference,score,threshold,why_short,matched_name\n");
        foreach (var r in rows)
        {
            sb.AppendJoin(',', [r.Row.ToString(CultureInfo.InvariantCulture), Q(r.Name), Q(r.DateOfBirth), Q(r.Reference), r.Score.ToString("0.0000", CultureInfo.InvariantCulture),
                r.Threshold.ToString("0.00", CultureInfo.InvariantCulture), Q(r.WhyShort), Q(r.MatchedName)]).Append('\n');
        }

        return sb.ToString();
    }

    internal static (List<HitRow>, List<NearMissRow>) Local(LiveScreeningIndex index, Actor actor, List<ScreenPersonRequest> chunk, int offset, bool explain)
    {
        var (rows, near) = (new List<HitRow>(), new List<NearMissRow>());
        for (var i = 0; i < chunk.Count; i++)
        {
            var query = ScreeningFeature.Parse(chunk[i], "", [])!;
            var hits = ScreeningFeature.Search(index, query, actor, 5);
            rows.AddRange(hits.Select(h => ToRow(offset + i + 1, chunk[i], h)));
            if (explain && hits.Count == 0)
            {
                near.AddRange(ScreeningFeature.NearMisses(index, query, actor, ScreeningFeature.MaxNearMissesPerBatchRow).Select(n => ToRow(offset + i + 1, chunk[i], n)));
            }
        }

        return (rows, near);
    }

    private static async Task<(List<HitRow>, List<NearMissRow>)> ViaServerAsync(HttpClient http, List<ScreenPersonRequest> chunk, int offset, string purpose, bool explain, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync($"api/screening/batch", new ScreenBatchRequest(purpose, chunk, explain ? true : null), Json.Options, ct);
        response.EnsureSuccessStatusCode();
        var batch = (await response.Content.ReadFromJsonAsync<BatchResponse>(Json.Options, ct))!;
        return ([.. batch.Results.SelectMany(r => r.Hits.Select(h => ToRow(offset + r.Row + 1, chunk[r.Row], h)))],
            [.. batch.Results.SelectMany(r => (r.NearMisses ?? []).Select(n => ToRow(offset + r.Row + 1, chunk[r.Row], n)))]);
    }

    private static NearMissRow ToRow(int row, ScreenPersonRequest p, NearMissResponse n) =>
        new(row, p.Name ?? "", p.DateOfBirth, n.Reference, n.Score, n.Threshold, n.WhyShort, n.Explanation.MatchedName);

    private static HitRow ToRow(int row, ScreenPersonRequest p, ScreeningHitResponse h) =>
        new(row, p.Name ?? "", p.DateOfBirth, h.Reference, h.Kind, h.Colour, h.Status, h.Score, h.Explanation.MatchedName, h.Explanation.NameKind,
            h.Explanation.DateOfBirth, string.Join(" ", h.Caveats));
}
