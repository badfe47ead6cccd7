using System.Text;
using FairNotice.Cli.Screening;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Fuzz;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Screening;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli.Tests.Fuzz;

/// <summary>Issue #12 item 5: hostile passenger lists through <c>fairnotice screen</c> on a local database. The whole
/// command (file, database, progress display) in the fast slice; its reading, validation, search and output steps
/// (what the command runs for each list, without reopening the database) for the long run.</summary>
public sealed class ScreenCsvFuzzTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-screen-fuzz-").FullName;
    private LiveScreeningIndex? _index;

    private string Connection => $"Data Source={Path.Combine(_dir, "db.sqlite")}";

    public async ValueTask InitializeAsync()
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(Connection).Options);
        await db.Database.MigrateAsync();
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        foreach (var (family, forenames, original) in new[] { ("HU", "Binchen", "胡彬郴"), ("ORLOV", "Ilya", "Орлов Илья") })
        {
            var record = new NoticeRecord { Id = Guid.CreateVersion7(now), Kind = NoticeKind.Notice, Status = NoticeStatus.Published, RequestingCountry = "FR", CreatedAt = now, UpdatedAt = now };
            record.SetContent(new NoticeContent(NoticeKind.Notice, NoticeColour.Red,
                new Person(new PersonName(family, forenames), new PersonName(original, null), [], "M", new PartialDate(1965, 3, 14), null, null, ["CN"], [], null, []),
                new CaseFacts("facts", null, null, null, [], null, null, null), false, [], false, []));
            db.Notices.Add(record);
        }

        await db.SaveChangesAsync();
        _index = new LiveScreeningIndex();
        await _index.LoadAsync(db, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        _index?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public Task ScreenCommand_HostileCsv_ExitsWithACode() => FuzzRun.RunAsync("cli.screen-command", CsvFuzz.Lists, 60, async list =>
    {
        var input = Path.Combine(_dir, "passengers.csv");
        await File.WriteAllBytesAsync(input, list.Bytes);
        using var console = new StringWriter();
        var code = await CliApp.RunAsync(["screen", input, "--out", Path.Combine(_dir, "hits.csv"), "--near-misses", Path.Combine(_dir, "near.csv"),
            "--purpose", "fuzz", "--connection", Connection], console);
        return code is 0 or 2 ? null : $"exit code {code}: {console}";
    }, list => list.How + " | " + Encoding.UTF8.GetString(list.Bytes), fullCap: 5_000);

    [Fact]
    public Task ScreenSteps_HostileCsv_NeverThrow() => FuzzRun.Run("csv.cli", CsvFuzz.Lists, 500, list =>
    {
        // The steps of ScreenCommand.RunAsync, in order, on text decoded as File.ReadAllTextAsync decodes it.
        var text = new StreamReader(new MemoryStream(list.Bytes), Encoding.UTF8).ReadToEnd();
        var (persons, errors) = PassengerCsv.Read(text, int.MaxValue);
        var invalid = new Dictionary<string, string[]>(errors, StringComparer.Ordinal);
        for (var i = 0; i < persons.Count; i++)
        {
            ScreeningFeature.Parse(persons[i], $"row {i + 2}: ", invalid);
        }

        if (invalid.Count > 0)
        {
            return null; // the command prints them and exits 2
        }

        var actor = new Actor("cli", Affiliation.Secretariat, null, new HashSet<Role> { Role.SecretariatReviewer });
        var (rows, near) = ScreenCommand.Local(_index!, actor, persons, 0, explain: true);
        _ = ScreenCommand.ToCsv(rows);
        _ = ScreenCommand.NearMissesCsv(near);
        return null;
    }, list => list.How + " | " + Encoding.UTF8.GetString(list.Bytes));
}
