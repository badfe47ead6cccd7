using FairNotice.Web.Features.Elections;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features;

/// <summary>Moving the demo seeds out of Platform into the features (ADR "features register their demo seeds") must not
/// change the demo: the seeded database's fingerprint — rows per table, the accounts and their roles, the hand-written
/// requests with their references, the redress files and the election — equals the one taken from main before the move
/// (<c>DemoSeedFingerprint.txt</c>). Ids, hashes and timestamps are left out: they are random or depend on the clock.</summary>
public sealed class DemoSeedFingerprintTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task DemoSeed_OnAFreshDatabase_MatchesTheFingerprintTakenBeforeTheSeedsMoved()
    {
        var actual = await app.WithDb(FingerprintAsync);
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Features", "DemoSeedFingerprint.txt"), TestContext.Current.CancellationToken);
        if (!string.Equals(expected.ReplaceLineEndings("\n").TrimEnd(), actual.TrimEnd(), StringComparison.Ordinal))
        {
            var seen = Path.Combine(Path.GetTempPath(), "DemoSeedFingerprint.actual.txt");
            await File.WriteAllTextAsync(seen, actual, TestContext.Current.CancellationToken);
            Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd(), actual.TrimEnd()); // the whole text is in the message; also written to `seen`
        }
    }

    [Fact]
    public async Task DemoSeed_NoRequestsHistoryIsDatedAfterNow()
    {
        // An outside tester saw a demo withdrawal dated three days ahead, sorted first in "My requests".
        var now = DateTimeOffset.UtcNow.AddMinutes(1);
        var notices = await app.WithDb(db => db.Notices.Include(n => n.Events).AsNoTracking().ToListAsync());
        var events = notices.SelectMany(n => n.Events.Select(e => new { n.Reference, e.Action, e.At })).ToList();
        Assert.NotEmpty(events);
        Assert.Empty(events.Where(e => e.At > now).Select(e => $"{e.Reference} {e.Action} {e.At:O}"));
        Assert.Empty(notices.Where(n => n.UpdatedAt > now || n.PublishedAt > now).Select(n => n.Reference));
    }

    private static async Task<string> FingerprintAsync(AppDbContext db)
    {
        var lines = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // The table names come from the model, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var count = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
            lines.Add($"table {table}: {count}");
        }

        var accounts = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              select new { u.Email, u.DisplayName, u.Affiliation, u.Country, u.TwoFactorEnabled, Role = r.Name }).ToListAsync();
        lines.AddRange(accounts.Select(a => $"account {a.Email} | {a.DisplayName} | {a.Affiliation} | {a.Country} | 2fa={a.TwoFactorEnabled} | {a.Role}").Order(StringComparer.Ordinal));

        var requests = await db.Notices.Include(n => n.Events).Where(n => n.CreatedByUserId != "demo-history").ToListAsync();
        var creators = await db.Users.ToDictionaryAsync(u => u.Id, u => u.Email);
        lines.AddRange(requests.Select(n => $"request {n.Reference} | {n.FamilyName} | {n.Kind} | {n.Content.Colour} | {n.Status} | {n.RequestingCountry} | by {creators.GetValueOrDefault(n.CreatedByUserId)} | events {string.Join(",", n.Events.OrderBy(e => e.Seq).Select(e => e.Action))}")
            .Order(StringComparer.Ordinal));
        var history = await db.Notices.Where(n => n.CreatedByUserId == "demo-history").Select(n => new { n.RequestingCountry, n.Status, n.Kind }).ToListAsync();
        lines.AddRange(history.GroupBy(h => $"{h.RequestingCountry} {h.Status} {h.Kind}").Select(g => $"history {g.Key}: {g.Count()}").Order(StringComparer.Ordinal));

        var redress = await db.RedressRequests.Include(r => r.Links).Include(r => r.Attachments).ToListAsync();
        lines.AddRange(redress.Select(r => $"redress {r.Number} | {r.Type} | {r.Status} | {r.FamilyName} | attachments {r.Attachments.Count} | links {string.Join(",", r.Links.Select(l => $"{l.NoticeReference}/{l.SourceCountry}"))}")
            .Order(StringComparer.Ordinal));

        var elections = await db.Elections.ToListAsync();
        lines.AddRange(elections.Select(e => $"election {e.Id} | {e.Title} | {e.Status}"));
        var candidacies = await db.Candidacies.ToListAsync();
        lines.AddRange(candidacies.Select(c => $"candidacy {c.ElectionId} | {c.Person} | {c.Member} | {c.Post} | {c.Region} | by {creators.GetValueOrDefault(c.SubmittedBy, c.SubmittedBy)}").Order(StringComparer.Ordinal));

        var actions = await db.Set<AuditEntry>().Select(a => new { a.Action, a.Outcome }).ToListAsync();
        lines.AddRange(actions.GroupBy(a => $"{a.Action} {a.Outcome}").Select(g => $"audit {g.Key}: {g.Count()}").Order(StringComparer.Ordinal));
        return string.Join("\n", lines) + "\n";
    }
}
