using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Elections;

namespace FairNotice.Web.Tests.Features.Elections;

/// <summary>A challenged ballot is published with its revealed choice and never with the delegation that challenged it.</summary>
public abstract class ElectionBoardPrivacyTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task ChallengedBallot_OnTheBoardAndInTheRecord_NamesNoMember_AndTheRecordVerifies()
    {
        using var anon = app.Anonymous();
        var (id, manifest, key, guardians, saved) = await OpenElectionAsync();
        try
        {
            var lima = manifest.Candidates.Single(c => c.Member == "BR").Id;
            var moore = manifest.Candidates.Single(c => c.Member == "AU").Id;
            using var fr = await app.As("ncb.fr" + Demo, fresh: true);
            var (cast, castNonces) = BallotEncryptor.EncryptRevealable(manifest, key, "FR", lima, credential: TestCredentials.Of(id, "FR"));
            Assert.Equal(HttpStatusCode.OK, (await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", cast, AppFixture.JsonOptions)).StatusCode);

            // Germany checks the booth with an encryption of Kate Moore, then casts a fresh ballot.
            using var de = await app.As("ncb.de" + Demo, fresh: true);
            var (audited, nonces) = BallotEncryptor.EncryptRevealable(manifest, key, "DE", moore, credential: TestCredentials.Of(id, "DE"));
            var challenged = await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/challenges", new ChallengedBallot(audited, moore, nonces), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.OK, challenged.StatusCode);
            var code = (await challenged.Json()).GetProperty("code").GetString()!;

            // The opened encryption cannot be cast, and a cast one cannot be opened: either would publish a counted vote.
            Assert.Equal(HttpStatusCode.Conflict, (await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", audited, AppFixture.JsonOptions)).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/challenges", new ChallengedBallot(cast, lima, castNonces), AppFixture.JsonOptions)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", BallotEncryptor.Encrypt(manifest, key, "DE", lima, credential: TestCredentials.Of(id, "DE")), AppFixture.JsonOptions)).StatusCode);

            // The board page lists who voted (FR, DE) but the challenged encryption only by its code and choice.
            var page = await (await anon.GetAsync($"/Elections/{id}/Board/1")).Content.ReadAsStringAsync();
            var table = Section(page, "<table data-testid=\"challenged\">", "</table>");
            Assert.Contains(code, table, StringComparison.Ordinal);
            Assert.Contains("Kate Moore", table, StringComparison.Ordinal);
            Assert.DoesNotContain("DE", table, StringComparison.Ordinal);
            Assert.DoesNotContain("Germany", table, StringComparison.Ordinal);
            var lookup = await (await anon.GetAsync($"/Elections/{id}/Board/1?Code={code}")).Content.ReadAsStringAsync();
            Assert.Contains("Found among the challenged encryptions", lookup, StringComparison.Ordinal);

            // Nor does the server keep who challenged.
            var stored = await app.WithDb(db => db.Rounds.Where(r => r.ElectionId == id).Select(r => r.ChallengedJson).SingleAsync());
            Assert.DoesNotContain("\"DE\"", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("voter", stored, StringComparison.OrdinalIgnoreCase);

            await TallyAsync(id, guardians);
            var json = await (await anon.GetAsync($"/api/elections/{id}/record")).Content.ReadAsStringAsync();
            var record = ElectionRecord.Parse(json);
            Assert.All(ElectionVerifier.Verify(record, ElectionRules.Default), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
            var published = Assert.Single(record.Rounds[0].Challenged!);
            Assert.Equal((code, moore), (published.Code, published.Choice));
            var challengedJson = JsonDocument.Parse(json).RootElement.GetProperty("rounds")[0].GetProperty("challenged").GetRawText();
            Assert.DoesNotContain("\"DE\"", challengedJson, StringComparison.Ordinal);
            Assert.DoesNotContain("voter", challengedJson, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("proof", challengedJson, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }

    private async Task<(string Id, RoundManifest Manifest, Org.BouncyCastle.Math.EC.ECPoint Key, IReadOnlyList<GuardianSecret> Secrets, DateTimeOffset Saved)> OpenElectionAsync()
    {
        using var officer = await app.As("elections" + Demo);
        var id = $"bp-{Guid.NewGuid():N}"[..20];
        var deadline = app.Clock.Now.AddHours(1);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/elections", new
        {
            id, title = "Board privacy", candidacyDeadline = deadline, seats = new[] { new { post = "President" } }, guardians = 5, quorum = 3,
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
        var guardians = KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, ElectionVerifier.CeremonyContext(id));
        Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), AppFixture.JsonOptions)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TestCredentials.PublishAsync(officer2, id)).StatusCode);
        var round = (await (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).Json()).GetProperty("rounds")[0];
        var manifest = JsonSerializer.Deserialize<RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
        return (id, manifest, Group.Point(round.GetProperty("jointKey").GetString()!), [.. guardians.Select(g => g.ExportSecret())], saved);
    }

    private async Task TallyAsync(string id, IReadOnlyList<GuardianSecret> secrets)
    {
        using var officer = await app.As("elections" + Demo, fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/elections/{id}/rounds/1/close", null)).StatusCode);
        using var anon = app.Anonymous();
        var sums = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).Json();
        var publics = JsonSerializer.Deserialize<List<GuardianRecord>>(sums.GetProperty("guardians").GetRawText(), AppFixture.JsonOptions)!;
        foreach (var s in secrets.Take(3))
        {
            var body = new
            {
                guardians = new[]
                {
                    new
                    {
                        guardian = s.Index,
                        shares = sums.GetProperty("sums").EnumerateArray().Select(line => s.Decrypt(Group.Point(line.GetProperty("sum").GetProperty("alpha").GetString()!),
                            publics, line.GetProperty("context").GetString()!)).ToList(),
                    },
                },
            };
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", body, AppFixture.JsonOptions)).StatusCode);
        }
    }

    private static string Section(string html, string start, string end)
    {
        var i = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"{start} not found");
        return html[i..html.IndexOf(end, i, StringComparison.Ordinal)];
    }
}

public sealed class SqliteElectionBoardPrivacyTests(SqliteFixture app) : ElectionBoardPrivacyTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresElectionBoardPrivacyTests(PostgresFixture app) : ElectionBoardPrivacyTests(app), IClassFixture<PostgresFixture>;
