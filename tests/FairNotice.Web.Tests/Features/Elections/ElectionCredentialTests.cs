using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Domain.Elections;
using FairNotice.Web.Features.Elections;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Elections;

/// <summary>Issue #17 item 1 over the API: the credential list is published once before the first ballot, the server
/// refuses unsigned or wrongly signed ballots, and a ballot the server itself writes for an absent member is caught by
/// the verifier of the published record.</summary>
public abstract class ElectionCredentialTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task DemoElection_HasTheDemoCredentialListPublished_SoTheBannersCredentialSigns()
    {
        using var anon = app.Anonymous();

        var published = await anon.GetFromJsonAsync<JsonElement>($"/api/elections/{DemoElection.ElectionId}/credentials");

        var france = CredentialAuthority.Demo(DemoElection.ElectionId, ["FR"]).Secrets.Single();
        var list = published.GetProperty("list").GetProperty("credentials").EnumerateArray().ToList();
        Assert.Contains(list, c => c.GetProperty("member").GetString() == "FR" && c.GetProperty("publicKey").GetString() == france.PublicKey);
        Assert.True(list.Count >= 190, $"every member delegation has a credential ({list.Count})");
        // The banner prints France's secret as a line the booth reads.
        var banner = string.Join('\n', new DemoElection().BannerLines);
        Assert.Contains("secret: " + france.SecretKey[..4] + " ", banner, StringComparison.Ordinal);
    }

    // An election past its deadline with its guardians set; credentials are left to the test.
    private async Task<(string Id, List<GuardianSecret> Secrets, DateTimeOffset Saved)> ReadyAsync()
    {
        using var officer = await app.As("elections" + Demo);
        var id = $"cr-{Guid.NewGuid():N}"[..20];
        var deadline = app.Clock.Now.AddHours(1);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/elections", new
        {
            id, title = "Credentials", candidacyDeadline = deadline, seats = new[] { new { post = "President" } }, guardians = 3, quorum = 2,
        })).StatusCode);
        foreach (var (country, person) in new[] { ("br", "Ana Lima"), ("au", "Kate Moore") })
        {
            using var sup = await app.As($"supervisor.{country}" + Demo);
            Assert.Equal(HttpStatusCode.Created, (await sup.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person, post = "President" })).StatusCode);
        }

        var saved = app.Clock.Now;
        app.Clock.Now = deadline.AddMinutes(1);
        using var officer2 = await app.As("elections" + Demo, fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsync($"/api/elections/{id}/candidacies/validate", null)).StatusCode);
        var guardians = KeyCeremony.Run(["G1", "G2", "G3"], 2, ElectionVerifier.CeremonyContext(id));
        Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), AppFixture.JsonOptions)).StatusCode);
        return (id, [.. guardians.Select(g => g.ExportSecret())], saved);
    }

    [Fact]
    public async Task Credentials_PublishedOnceBeforeTheFirstBallot_OtherwiseRefusedNamingTheField()
    {
        var (id, _, saved) = await ReadyAsync();
        try
        {
            using var officer = await app.As("elections" + Demo, fresh: true);
            using var anon = app.Anonymous();
            var noCredentials = await officer.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" });
            Assert.Equal(HttpStatusCode.Conflict, noCredentials.StatusCode);
            Assert.Contains("election.no_credentials", await noCredentials.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var foreign = await officer.PostAsJsonAsync($"/api/elections/{id}/credentials", TestCredentials.Generate("another-election"), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
            Assert.True((await foreign.Json()).GetProperty("errors").TryGetProperty("credentials", out _));
            var full = CredentialAuthority.Generate(id, Domain.Members.MemberCatalogue.All.Select(m => m.Iso2)).List;
            var partial = full with { Credentials = [.. full.Credentials.Where(c => c.Member != "FR")] };
            var missing = await officer.PostAsJsonAsync($"/api/elections/{id}/credentials", partial, AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Contains("FR may vote but has no credential", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/api/elections/{id}/credentials")).StatusCode);

            var published = await TestCredentials.PublishAsync(officer, id);
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
            var hash = (await published.Json()).GetProperty("listHash").GetString();
            Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/elections/{id}/credentials", full, AppFixture.JsonOptions)).StatusCode);
            Assert.Equal(hash, (await (await anon.GetAsync($"/api/elections/{id}/credentials")).Json()).GetProperty("listHash").GetString());

            var round = (await (await officer.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).Json()).GetProperty("rounds")[0];
            var manifest = JsonSerializer.Deserialize<RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
            Assert.Equal(hash, manifest.CredentialListHash);
            Assert.Equal(TestCredentials.Of(id, "FR").PublicKey, manifest.Voters.Single(v => v.Member == "FR").Credential);
            var audit = await app.WithDb(db => db.AuditEntries.Where(a => a.Action == "election.credentials" && a.ObjectId == id).Select(a => a.Purpose).ToListAsync());
            Assert.Equal([hash], audit);
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }

    [Fact]
    public async Task Ballot_UnsignedOrSignedWithAnotherDelegationsCredential_IsRefused_AndTheServersOwnBallotForAnAbsentMemberFailsVerification()
    {
        var (id, secrets, saved) = await ReadyAsync();
        try
        {
            using var officer = await app.As("elections" + Demo, fresh: true);
            Assert.Equal(HttpStatusCode.OK, (await TestCredentials.PublishAsync(officer, id)).StatusCode);
            var round = (await (await officer.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).Json()).GetProperty("rounds")[0];
            var manifest = JsonSerializer.Deserialize<RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
            var key = Group.Point(round.GetProperty("jointKey").GetString()!);
            var lima = manifest.Candidates.Single(c => c.Member == "BR").Id;

            using var fr = await app.As("ncb.fr" + Demo, fresh: true);
            var unsigned = await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", BallotEncryptor.Encrypt(manifest, key, "FR", lima), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
            Assert.Contains("not signed", await unsigned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var foreign = await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                BallotEncryptor.Encrypt(manifest, key, "FR", lima, credential: TestCredentials.Of(id, "DE")), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
            Assert.Contains("does not verify under FR\\u0027s published credential", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                BallotEncryptor.Encrypt(manifest, key, "FR", lima, credential: TestCredentials.Of(id, "FR")), AppFixture.JsonOptions)).StatusCode);

            // Whoever runs the server writes a ballot for Japan, which did not vote, straight into the board table: the
            // encryption and its proofs are valid and the chain is extended correctly, but it cannot sign as Japan.
            var (_, serverMade) = CredentialAuthority.Generate(id, ["JP"]);
            var stuffed = BallotEncryptor.Encrypt(manifest, key, "JP", lima, credential: serverMade[0]);
            await app.WithDb(async db =>
            {
                var roundId = $"{id}|{manifest.ContestId}";
                var board = (await db.BoardEntries.AsNoTracking().Where(b => b.RoundId == roundId).OrderBy(b => b.Seq).ToListAsync()).Select(b => b.ToEntry()).ToList();
                var entry = BoardEntry.Next(board, manifest.BaseHash(), stuffed);
                db.BoardEntries.Add(new BoardEntryEntity
                {
                    RoundId = roundId, Seq = entry.Seq, Voter = "JP", BallotJson = JsonSerializer.Serialize(stuffed, AppFixture.JsonOptions), BallotHash = entry.BallotHash,
                    TrackingCode = entry.TrackingCode, CastAt = app.Clock.Now,
                });
                return await db.SaveChangesAsync();
            });

            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/elections/{id}/rounds/1/close", null)).StatusCode);
            using var anon = app.Anonymous();
            var sums = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).Json();
            var publics = JsonSerializer.Deserialize<List<GuardianRecord>>(sums.GetProperty("guardians").GetRawText(), AppFixture.JsonOptions)!;
            foreach (var s in secrets.Take(2))
            {
                var shares = sums.GetProperty("sums").EnumerateArray()
                    .Select(l => s.Decrypt(Group.Point(l.GetProperty("sum").GetProperty("alpha").GetString()!), publics, l.GetProperty("context").GetString()!)).ToList();
                var posted = await officer.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", new { guardians = new[] { new { guardian = s.Index, shares } } }, AppFixture.JsonOptions);
                Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            }

            // The record downloads as one file carrying its hash.
            var download = await anon.GetAsync($"/api/elections/{id}/record");
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), download.Headers.GetValues("X-Record-SHA256").Single());
            Assert.StartsWith("sha-256=:", download.Headers.GetValues("Repr-Digest").Single(), StringComparison.Ordinal);
            var record = ElectionRecord.Parse(System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Equal(2, record.Rounds[0].BallotsCounted);
            var failed = Assert.Single(ElectionVerifier.Verify(record, Domain.Elections.ElectionRules.Default), c => !c.Passed);
            Assert.Equal("ballot signatures", failed.Check);
            Assert.Contains("entry 2 (JP)", failed.Detail, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteElectionCredentialTests(SqliteFixture app) : ElectionCredentialTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresElectionCredentialTests(PostgresFixture app) : ElectionCredentialTests(app);
