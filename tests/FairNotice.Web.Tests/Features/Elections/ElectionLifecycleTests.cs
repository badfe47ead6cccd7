using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Elections;

/// <summary>An election from set-up to the verified record. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ElectionLifecycleTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Election_FullLifecycle_EncryptedBallotsTallyByThreeGuardians_RecordVerifies()
    {
        using var officer = await app.As("elections" + Demo);
        using var anon = app.Anonymous();
        var id = $"ga-{Guid.NewGuid():N}"[..20];
        var deadline = app.Clock.Now.AddHours(1);
        var created = await officer.PostAsJsonAsync("/api/elections", new
        {
            id, title = "Executive Committee 2026", candidacyDeadline = deadline, seats = new[] { new { post = "President", region = (string?)null } },
            suspended = new[] { "IN" }, continuing = Array.Empty<object>(), outgoing = Array.Empty<object>(), guardians = 5, quorum = 3,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        foreach (var (country, person) in new[] { ("br", "Ana Lima"), ("au", "Kate Moore"), ("fr", "Paul Martin") })
        {
            using var sup = await app.As($"supervisor.{country}" + Demo);
            Assert.Equal(HttpStatusCode.Created, (await sup.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person, post = "President" })).StatusCode);
        }

        using var officerNcb = await app.As("ncb.br" + Demo);
        Assert.Equal(HttpStatusCode.Forbidden, (await officerNcb.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person = "X", post = "President" })).StatusCode);

        var saved = app.Clock.Now;
        app.Clock.Now = deadline.AddMinutes(1);
        try
        {
            using var officer2 = await app.As("elections" + Demo, fresh: true);
            var view = await (await officer2.PostAsync($"/api/elections/{id}/candidacies/validate", null)).Json();
            Assert.All(view.GetProperty("candidacies").EnumerateArray(), c => Assert.True(c.GetProperty("valid").GetBoolean(), c.GetProperty("reasons").ToString()));

            // The key ceremony happens on the trustees' side; only the public records reach the server.
            var guardians = Domain.Elections.KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, Domain.Elections.ElectionVerifier.CeremonyContext(id));
            var secrets = guardians.Select(g => g.ExportSecret()).ToList();
            Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), AppFixture.JsonOptions)).StatusCode);
            // The credential authority's list, generated apart from the server; each delegation keeps its secret.
            Assert.Equal(HttpStatusCode.OK, (await TestCredentials.PublishAsync(officer2, id)).StatusCode);
            var opened = await (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).Json();
            var round = opened.GetProperty("rounds")[0];
            var manifest = System.Text.Json.JsonSerializer.Deserialize<Domain.Elections.RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
            var key = Domain.Elections.Group.Point(round.GetProperty("jointKey").GetString()!);
            var lima = manifest.Candidates.Single(c => c.Member == "BR").Id;
            var moore = manifest.Candidates.Single(c => c.Member == "AU").Id;

            // Eight members vote: lima 5, moore 2, one blank. India is in arrears; Brazil tries to vote twice and for someone else.
            var choices = new (string Country, string? Choice)[] { ("fr", lima), ("us", lima), ("br", lima), ("cn", moore), ("ru", moore), ("tr", lima), ("gb", null), ("de", lima) };
            string? frCode = null;
            foreach (var (country, choice) in choices)
            {
                using var ncb = await app.As($"ncb.{country}" + Demo, fresh: true);
                var ballot = Domain.Elections.BallotEncryptor.Encrypt(manifest, key, country.ToUpperInvariant(), choice, credential: TestCredentials.Of(id, country));
                var cast = await ncb.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", ballot, AppFixture.JsonOptions);
                Assert.True(cast.StatusCode == HttpStatusCode.OK, await cast.Content.ReadAsStringAsync());
                frCode ??= (await cast.Json()).GetProperty("trackingCode").GetString();
            }

            using var br = await app.As("ncb.br" + Demo, fresh: true);
            Assert.Equal(HttpStatusCode.Conflict, (await br.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "BR", moore, credential: TestCredentials.Of(id, "BR")), AppFixture.JsonOptions)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await br.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "AU", moore), AppFixture.JsonOptions)).StatusCode);
            using var india = await app.As("ncb.in" + Demo, fresh: true);
            var suspended = await india.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "IN", lima), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, suspended.StatusCode);
            Assert.Contains("suspended", await suspended.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // Germany audits the booth twice: an honest challenge is opened and published; a lying one (nonces for another choice) is refused.
            using var de = await app.As("ncb.de" + Demo, fresh: true);
            var (audited, nonces) = Domain.Elections.BallotEncryptor.EncryptRevealable(manifest, key, "DE", moore);
            var challenge = await (await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/challenges", new Domain.Elections.ChallengedBallot(audited, moore, nonces), AppFixture.JsonOptions)).Json();
            Assert.Contains("Kate Moore", challenge.GetProperty("choiceName").GetString(), StringComparison.Ordinal);
            var lie = await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/challenges", new Domain.Elections.ChallengedBallot(audited, lima, nonces), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, lie.StatusCode);

            // France replaces its ballot by naming its tracking code: now blank.
            using var fr = await app.As("ncb.fr" + Demo, fresh: true);
            Assert.Equal(HttpStatusCode.OK, (await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "FR", null, frCode, TestCredentials.Of(id, "FR")), AppFixture.JsonOptions)).StatusCode);

            var board = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/board")).Json();
            Assert.Equal(9, board.GetArrayLength());
            Assert.DoesNotContain(lima, board.GetRawText(), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.Conflict, (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsync($"/api/elections/{id}/rounds/1/close", null)).StatusCode);
            var sums = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).Json();
            var publics = guardians.Select(g => g.Public).ToList();
            object Shares(Domain.Elections.GuardianSecret s) => new
            {
                guardians = new[]
                {
                    new
                    {
                        guardian = s.Index,
                        shares = sums.GetProperty("sums").EnumerateArray().Select(line => s.Decrypt(Domain.Elections.Group.Point(line.GetProperty("sum").GetProperty("alpha").GetString()!),
                            publics, line.GetProperty("context").GetString()!)).ToList(),
                    },
                },
            };

            // A share made with the wrong secret fails its proof and is refused.
            var forged = secrets[1] with { SecretShare = secrets[0].SecretShare };
            Assert.Equal(HttpStatusCode.BadRequest, (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", Shares(forged), AppFixture.JsonOptions)).StatusCode);
            foreach (var s in new[] { secrets[0], secrets[2] })
            {
                Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", Shares(s), AppFixture.JsonOptions)).StatusCode);
            }

            var pending = await (await anon.GetAsync($"/api/elections/{id}")).Json();
            Assert.Equal("Closed", pending.GetProperty("rounds")[0].GetProperty("status").GetString());
            var tallied = await (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", Shares(secrets[4]), AppFixture.JsonOptions)).Json();
            var result = tallied.GetProperty("rounds")[0];
            Assert.Equal("Tallied", result.GetProperty("status").GetString());
            Assert.Equal([4, 2, 0], result.GetProperty("results").EnumerateArray().Select(t => t.GetProperty("votes").GetInt32()));
            // 4 of 6 votes cast is two thirds: elected in the first ballot; the two blank ballots are not votes cast.
            Assert.Equal(lima, result.GetProperty("decision").GetProperty("elected").GetString());
            // The election page words the decision in the reader's language (the record keeps the Domain's English).
            var french = System.Net.WebUtility.HtmlDecode(await (await anon.GetAsync($"/Elections/{id}?lang=fr")).Content.ReadAsStringAsync());
            Assert.Contains("Ana Lima (Brésil) obtient 4 des 6 suffrages exprimés, au moins les 4 qu'exige la majorité des deux tiers au scrutin 1", french, StringComparison.Ordinal);
            var arabic = System.Net.WebUtility.HtmlDecode(await (await anon.GetAsync($"/Elections/{id}?lang=ar")).Content.ReadAsStringAsync());
            Assert.Contains("حصل Ana Lima (البرازيل) على 4 من 6", arabic, StringComparison.Ordinal);
            Assert.DoesNotContain("blank ballot(s) are not votes cast", arabic, StringComparison.Ordinal);

            var record = Domain.Elections.ElectionRecord.Parse(await (await anon.GetAsync($"/api/elections/{id}/record")).Content.ReadAsStringAsync());
            Assert.All(Domain.Elections.ElectionVerifier.Verify(record, Domain.Elections.ElectionRules.Default), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
            Assert.Single(record.Rounds[0].Challenged!);
            var proclaimed = await (await officer2.PostAsync($"/api/elections/{id}/proclaim", null)).Json();
            Assert.Equal("Proclaimed", proclaimed.GetProperty("status").GetString());
            Assert.Contains("Ana Lima", proclaimed.GetProperty("elected")[0].GetString(), StringComparison.Ordinal);
            var archived = await (await anon.GetAsync($"/api/elections/{id}/record")).Content.ReadAsStringAsync();
            Assert.Equal(Domain.Elections.Group.Sha256(archived), proclaimed.GetProperty("archivedRecordHash").GetString());
            Assert.Equal(HttpStatusCode.Conflict, (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).StatusCode);

            var audit = await app.WithDb(db => db.AuditEntries.Where(a => a.Action == "election.ballot" && a.ObjectId == id).Select(a => a.ActorCountry + "|" + a.Purpose).ToListAsync());
            Assert.Equal(9, audit.Count);
            Assert.DoesNotContain(audit, a => a.Contains(lima, StringComparison.Ordinal) || a.Contains(moore, StringComparison.Ordinal));
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteElectionLifecycleTests(SqliteFixture app) : ElectionLifecycleTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresElectionLifecycleTests(PostgresFixture app) : ElectionLifecycleTests(app);
