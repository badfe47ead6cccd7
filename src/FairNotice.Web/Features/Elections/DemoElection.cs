using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>Demo mode: an election taking candidacies for a week, with three candidacies from demo members; the officer
/// runs the key ceremony with the CLI (secrets never on the server).</summary>
internal sealed class DemoElection : IDemoSeed
{
    // Last: it needs only the demo accounts, and comes after the other features' rows as it always did.
    public int Order => 60;

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        var (db, now) = (seeding.Db, seeding.Now);
        var officerId = await db.Users.Where(u => u.Email == $"elections@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
        var officer = new Actor(officerId, Affiliation.Secretariat, null, new HashSet<Role> { Role.ElectionOfficer });
        await SetUpElection.HandleAsync(db, officer, now, new CreateElectionRequest("ga-2026", "Executive Committee, 94th General Assembly (demo)",
            now.AddDays(7), [new(Post.President, null), new(Post.Delegate, "Asia")], ["VE", "SO"], [],
            [new("Ahmed Naser Al-Raisi (demo)", "AE", Post.President)]), ct);
        foreach (var (country, person, post, region) in new[] { ("br", "Ana Lima", Post.President, (string?)null), ("au", "Kate Moore", Post.President, null),
                     ("in", "Priya Rao", Post.Delegate, "Asia") })
        {
            var id = await db.Users.Where(u => u.Email == $"supervisor.{country}@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
            var supervisor = new Actor(id, Affiliation.Ncb, country.ToUpperInvariant(), new HashSet<Role> { Role.NcbSupervisor });
            await SubmitCandidacy.HandleAsync(db, supervisor, now, "ga-2026", new CandidacyRequest(person, post, region), ct);
        }
    }
}
