using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform.Cluster;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FairNotice.Web.Tests.Platform;

/// <summary>Node A is the fixture's host; the tests start node B (and C) over the same PostgreSQL database.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int RowsPerDay = 2000;
    public const int SignInFailures = 4;
    public const int FollowUps = 4;

    public PostgresFixture App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        // The key ring in the database (no folder named), and a poll far slower than the 1 s promise: NOTIFY must do it.
        App.Settings["DataProtection:KeysDirectory"] = "";
        App.Settings["Cluster:ChangeFeedPollSeconds"] = "60";
        App.Settings["Budgets:ScreeningRowsPerAccountPerDay"] = RowsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.Settings["Budgets:SignInFailures:Permits"] = SignInFailures.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.Settings["Budgets:SignInFailures:Seconds"] = "600";
        App.Settings["Budgets:RedressFollowUp:PerClient:Permits"] = FollowUps.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.Settings["Budgets:RedressFollowUp:PerClient:Seconds"] = "600";
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Several stateless nodes on one PostgreSQL (issue #16 items 1 and 2, docs/adr/0032-nodes-on-one-database.md).</summary>
public sealed partial class ClusterTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const string Demo = "@demo.fairnotice";

    private AppFixture App => fixture.App;

    private static async Task<bool> FindsAsync(HttpClient screener, string name) =>
        (await (await screener.PostAsJsonAsync("/api/screening", new { name, purpose = "border check" })).Json()).GetProperty("hits").GetArrayLength() > 0;

    /// <summary>Polls node B for up to one second (not a benchmark: the promise is "within one second").</summary>
    private static async Task<bool> GoneWithinOneSecondAsync(HttpClient screener, string name)
    {
        var until = DateTime.UtcNow.AddSeconds(1);
        do
        {
            if (!await FindsAsync(screener, name))
            {
                return true;
            }

            await Task.Delay(20);
        }
        while (DateTime.UtcNow < until);
        return !await FindsAsync(screener, name);
    }

    private async Task<Guid> PublishedAsync(string family)
    {
        using var fr = await App.As("ncb.fr" + Demo);
        using var reviewer = await App.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.Wanted(family, "Teodor", family));
        await Requests.ReviewAsync(reviewer, id);
        return id;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }

    [Fact]
    public async Task Cancellation_OnNodeA_GoneFromNodeBWithinOneSecond()
    {
        await using var b = App.CreateNode();
        const string name = "Teodor KLUSTERMANN";
        var id = await PublishedAsync("KLUSTERMANN");
        using var deOnB = await App.As("ncb.de" + Demo, on: b);
        Assert.True(await EventuallyAsync(() => FindsAsync(deOnB, name)), "node B never found the published notice");

        using var reviewer = await App.As("reviewer" + Demo);
        await Requests.ActAsync(reviewer, id, "Cancel", "Cancelled by the Secretariat (cluster test).");

        Assert.True(await GoneWithinOneSecondAsync(deOnB, name), "node B still finds a notice cancelled on node A after 1 s");
    }

    [Fact]
    public async Task Refusal_OnNodeA_GoneFromNodeBWithinOneSecond()
    {
        await using var b = App.CreateNode();
        // A diffusion circulates from submission (before review): a refusal must take it out of every node's results.
        using var fr = await App.As("ncb.fr" + Demo);
        var body = JsonSerializer.SerializeToNode(Requests.Diffusion(["DE"]))!;
        body["person"]!["name"]!["familyName"] = "REFUSENKO";
        body["person"]!["aliases"] = new JsonArray();
        var id = await Requests.CreateAsync(fr, body, "/api/diffusions");
        using var deOnB = await App.As("ncb.de" + Demo, on: b);
        Assert.True(await EventuallyAsync(() => FindsAsync(deOnB, "Marc REFUSENKO")), "node B never found the circulating diffusion");

        using var reviewer = await App.As("reviewer" + Demo);
        var refusal = await reviewer.PostAsJsonAsync($"/api/diffusions/{id}/review", new { decision = "Refuse", ground = "DataQuality", reason = "The identity data are too thin to act on." });
        if (refusal.StatusCode == HttpStatusCode.Accepted)
        {
            // Four eyes: a refusal proposed by one reviewer takes effect when a second confirms it.
            using var reviewer2 = await App.As("reviewer2" + Demo);
            await Requests.ReviewAsync(reviewer2, id, "Refuse", "DataQuality", "Agreed.", "/api/diffusions");
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, refusal.StatusCode);
        }

        Assert.True(await GoneWithinOneSecondAsync(deOnB, "Marc REFUSENKO"), "node B still finds a diffusion refused on node A after 1 s");
    }

    [Fact]
    public async Task ChangeCommittedLate_WithALowerSequence_IsNotSkipped()
    {
        await using var b = App.CreateNode();
        var early = await PublishedAsync("FRUEHER");
        var late = await PublishedAsync("SPAETER");
        using var deOnB = await App.As("ncb.de" + Demo, on: b);
        Assert.True(await EventuallyAsync(async () => await FindsAsync(deOnB, "Teodor FRUEHER") && await FindsAsync(deOnB, "Teodor SPAETER")));

        // The outbox trap: a transaction takes the lower sequence number first and commits after one that took a higher
        // number. A reader that only moved past the highest sequence it saw would skip the lower one for ever.
        await using var slow = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await slow.OpenAsync();
        await using var tx = await slow.BeginTransactionAsync();
        await using (var change = new Npgsql.NpgsqlCommand(
            $$"""UPDATE "Notices" SET "Status" = 'Cancelled' WHERE "Id" = '{{early}}'; INSERT INTO "ChangeFeed" ("Kind", "ObjectId", "At", "TransactionId") VALUES ('notice', '{{early}}', now(), 0);""",
            slow, tx))
        {
            await change.ExecuteNonQueryAsync();
        }

        using var reviewer = await App.As("reviewer" + Demo);
        await Requests.ActAsync(reviewer, late, "Cancel", "Cancelled while an older transaction is still open.");
        await tx.CommitAsync();
        // The change committed last carries the lower sequence.
        var newest = await App.WithDb(db => db.Set<ChangeRecord>().Where(c => c.ObjectId == late || c.ObjectId == early)
            .OrderByDescending(c => c.Sequence).Select(c => c.ObjectId).FirstAsync());
        Assert.Equal(late, newest);
        Assert.True(await GoneWithinOneSecondAsync(deOnB, "Teodor FRUEHER"), "the change committed late, with the lower sequence, was skipped");
        Assert.True(await GoneWithinOneSecondAsync(deOnB, "Teodor SPAETER"), "the change committed first was not applied");
    }

    [Fact]
    public async Task NodeB_StoppedWhileChangesHappen_CatchesUpOnRestart()
    {
        const string name = "Teodor RESTARTOV";
        var id = await PublishedAsync("RESTARTOV");
        var b = App.CreateNode();
        using (var deOnB = await App.As("ncb.de" + Demo, on: b))
        {
            Assert.True(await EventuallyAsync(() => FindsAsync(deOnB, name)));
        }

        await b.DisposeAsync();
        using var reviewer = await App.As("reviewer" + Demo);
        await Requests.ActAsync(reviewer, id, "Cancel", "Cancelled while node B was down.");
        await PublishedAsync("NACHZUEGLER");

        await using var again = App.CreateNode();
        using var de = await App.As("ncb.de" + Demo, on: again);
        Assert.False(await FindsAsync(de, name), "the restarted node still finds a notice cancelled while it was down");
        Assert.True(await FindsAsync(de, "Teodor NACHZUEGLER"), "the restarted node misses a notice published while it was down");
    }

    [Fact]
    public async Task ListeningConnectionDropped_NodeReconnectsAndCatchesUp()
    {
        await using var b = App.CreateNode();
        const string name = "Teodor ABGERISSEN";
        var id = await PublishedAsync("ABGERISSEN");
        using var deOnB = await App.As("ncb.de" + Demo, on: b);
        Assert.True(await EventuallyAsync(() => FindsAsync(deOnB, name)));

        // Cut every listening connection of this database (A's and B's), then change while they are down.
        await using (var admin = new Npgsql.NpgsqlConnection(App.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'fairnotice-changes'", admin);
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 2);
        }

        using var reviewer = await App.As("reviewer" + Demo);
        await Requests.ActAsync(reviewer, id, "Cancel", "Cancelled while the feed was cut.");
        // The notification was lost with the connection; the reconnect's catch-up read brings it (poll is 60 s here).
        Assert.True(await EventuallyAsync(async () => !await FindsAsync(deOnB, name), seconds: 10), "node B never caught up after its listening connection dropped");
    }

    [Fact]
    public async Task ExpiryDueOnTwoNodes_RunsOnce()
    {
        await using var b = App.CreateNode();
        _ = b.Server;
        using var fr = await App.As("ncb.fr" + Demo);
        using var reviewer = await App.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("EINMALIG", submit: true));
        var expires = (await Requests.ReviewAsync(reviewer, id)).GetProperty("expiresAt").GetDateTimeOffset();
        var saved = App.Clock.Now;
        App.Clock.Now = expires.AddMinutes(1);
        try
        {
            static ExpiryService JobOf(WebApplicationFactory<Program> node) => node.Services.GetServices<IHostedService>().OfType<ExpiryService>().Single();
            var runs = await Task.WhenAll(JobOf(App.Factory).RunIfLeaderAsync(CancellationToken.None), JobOf(b).RunIfLeaderAsync(CancellationToken.None));
            Assert.Contains(0, runs);
            Assert.Contains(runs, r => r >= 1);
        }
        finally
        {
            App.Clock.Now = saved;
        }

        var entries = await App.WithDb(db => db.AuditEntries.CountAsync(a => a.ObjectId == id.ToString() && a.Action.Contains("expire")));
        var events = await App.WithDb(db => db.Notices.Where(n => n.Id == id).SelectMany(n => n.Events).CountAsync(e => e.Action == "Expire"));
        Assert.Equal(1, events);
        Assert.True(entries <= 1, $"{entries} expiry audit entries");
        var leaders = await Task.WhenAll(new[] { App.Factory, b }.Select(n => n.Services.GetRequiredService<ILeadership>().IsLeaderAsync(CancellationToken.None)));
        Assert.Single(leaders, l => l);
    }

    [Fact]
    public async Task LeaderConnectionLost_AnotherNodeLeads()
    {
        await using var b = App.CreateNode();
        _ = b.Server;
        var nodes = new[] { App.Factory, b }.Select(n => n.Services.GetRequiredService<PostgresLeadership>()).ToArray();
        Assert.True(await EventuallyAsync(() => Task.FromResult(nodes.Count(n => n.IsLeader) == 1)));
        await using (var admin = new Npgsql.NpgsqlConnection(App.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'fairnotice-leader'", admin);
            await kill.ExecuteScalarAsync();
        }

        // Whichever node takes the lock next, exactly one leads again, and the database agrees that one session holds it.
        // (Until the old leader's next check, it may still believe it leads while nobody holds the lock: ADR 0032.)
        async Task<bool> OneLeader()
        {
            await using var check = new Npgsql.NpgsqlConnection(App.ConnectionString);
            await check.OpenAsync();
            await using var holders = new Npgsql.NpgsqlCommand(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + $"AND ((classid::bigint << 32) | objid::bigint) = {PostgresLeadership.LockKey}", check);
            return (long)(await holders.ExecuteScalarAsync())! == 1 && nodes.Count(n => n.IsLeader) == 1;
        }

        Assert.True(await EventuallyAsync(OneLeader, seconds: 15), "no single node leads after the leader's connection was lost");
    }

    [Fact]
    public async Task CookieAndAntiforgery_IssuedByNodeA_AcceptedByNodeB()
    {
        await using var b = App.CreateNode();
        using var onA = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var onB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        const string email = "ncb.gb" + Demo;

        // The form comes from A; the password is posted to B with A's antiforgery token and cookie.
        var form = await onA.GetAsync("/Account/Login");
        var cookies = Cookies(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = AppFixture.Password, ["__RequestVerificationToken"] = Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var passwordOk = await onB.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, passwordOk.StatusCode);
        cookies = Cookies(passwordOk, cookies);

        // The second step on A, with B's half-signed-in cookie.
        var step2 = await GetAsync(onA, passwordOk.Headers.Location!.OriginalString, cookies);
        Assert.Equal(HttpStatusCode.OK, step2.StatusCode);
        cookies = Cookies(step2, cookies);
        using var code = new HttpRequestMessage(HttpMethod.Post, "/Account/TwoFactor?handler=Code")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = App.Authenticator.NextCode(email), ["__RequestVerificationToken"] = Token(await step2.Content.ReadAsStringAsync()),
            }),
        };
        code.Headers.Add("Cookie", cookies);
        var signedIn = await onA.SendAsync(code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        cookies = Cookies(signedIn, cookies);

        // Signed in on A, served by B.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(onB, "/Notices?scope=mine", cookies)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(onB, "/api/me", cookies)).StatusCode);
        // And the key ring is the database's, not a folder.
        Assert.True(await App.WithDb(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task ScreeningRowsBudget_HoldsAcrossBothNodes()
    {
        await using var b = App.CreateNode();
        using var onA = await App.As("ncb.in" + Demo);
        using var onB = await App.As("ncb.in" + Demo, on: b);
        var half = Enumerable.Range(0, ClusterFixture.RowsPerDay / 2).Select(i => new { name = $"Budget Person {i}" }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await onA.PostAsJsonAsync("/api/screening/batch", new { purpose = "manifest", persons = half })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.PostAsJsonAsync("/api/screening/batch", new { purpose = "manifest", persons = half })).StatusCode);

        // The day is spent across the two nodes: each alone has seen only half of it.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onB.PostAsJsonAsync("/api/screening", new { name = "One More", purpose = "border check" })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onA.PostAsJsonAsync("/api/screening", new { name = "One More", purpose = "border check" })).StatusCode);
    }

    [Fact]
    public async Task SignInFailures_CountedAcrossBothNodes()
    {
        await using var b = App.CreateNode();
        using var onA = App.Anonymous();
        using var onB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string email = "ncb.au" + Demo;
        async Task<HttpStatusCode> Wrong(HttpClient node) =>
            (await node.PostAsJsonAsync("/api/auth/login", new { email, password = "not-the-password", twoFactorCode = "000000" })).StatusCode;

        // Half the allowance on each node: neither node alone has seen enough failures to throttle.
        for (var i = 0; i < ClusterFixture.SignInFailures / 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await Wrong(onA));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await Wrong(onB));
        }

        // The right password is now refused on either node: the client is throttled on this account cluster-wide.
        var right = await onB.PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.Password, twoFactorCode = App.Authenticator.NextCode(email) });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, await Wrong(onA));
    }

    [Fact]
    public async Task RedressFollowUpBudget_AnonymousClient_HoldsAcrossBothNodes()
    {
        await using var b = App.CreateNode();
        using var onA = App.Anonymous();
        using var onB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Task<HttpResponseMessage> Guess(HttpClient node) =>
            node.PostAsJsonAsync("/api/redress/follow-up", new { number = "CCF-2026-99999", code = "ABCD-EFGH-JKLM-NPQS" });

        // The endpoint's budget (through the middleware): half on each node, so neither node alone has counted enough.
        for (var i = 0; i < ClusterFixture.FollowUps / 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Guess(onA)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Guess(onB)).StatusCode);
        }

        var refused = await Guess(onB);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Guess(onA)).StatusCode);
    }

    private static string Cookies(HttpResponseMessage r, string? previous = null)
    {
        var jar = (previous ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        foreach (var set in r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = set.Split(';', 2)[0].Split('=', 2);
            jar[pair[0]] = pair[1];
        }

        return string.Join("; ", jar.Where(kv => kv.Value.Length > 0).Select(kv => $"{kv.Key}={kv.Value}"));
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string cookies)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Cookie", cookies);
        return await client.SendAsync(get);
    }
}

/// <summary>Node A reaches PostgreSQL through a relay the test cuts (the database restarting, or the network lost, as A
/// sees it); node B connects directly.</summary>
public sealed class ClusterOutageTests : IClassFixture<RelayedPostgresFixture>
{
    private const string Demo = "@demo.fairnotice";
    private readonly RelayedPostgresFixture _app;

    public ClusterOutageTests(RelayedPostgresFixture app)
    {
        _app = app;
    }

    /// <summary>True/false when the node answered the screening, null while it cannot (503 during the outage).</summary>
    private static async Task<bool?> FindsAsync(HttpClient screener, string name)
    {
        var r = await screener.PostAsJsonAsync("/api/screening", new { name, purpose = "border check" });
        return r.StatusCode == HttpStatusCode.OK ? (await r.Json()).GetProperty("hits").GetArrayLength() > 0 : null;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }

    [Fact]
    public async Task DatabaseLostToNodeA_NodeBLeadsAndChanges_NodeACatchesUpWhenBack()
    {
        var direct = new Npgsql.NpgsqlConnectionStringBuilder(_app.ConnectionString)
        {
            Port = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("FAIRNOTICE_TEST_PG")).Port,
        }.ConnectionString;
        // Same key folder as A (this fixture names one), so that A's tokens open B.
        await using var b = _app.CreateNode(new() { ["Database:ConnectionString"] = direct });
        _ = b.Server;
        var leaders = new[] { _app.Factory, b }.Select(n => n.Services.GetRequiredService<PostgresLeadership>()).ToArray();
        Assert.True(await EventuallyAsync(() => Task.FromResult(leaders.Count(l => l.IsLeader) == 1), 10));

        using var fr = await _app.As("ncb.fr" + Demo);
        using var reviewer = await _app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.Wanted("AUSFALL", "Teodor", "AUSFALL"));
        await Requests.ReviewAsync(reviewer, id);
        using var deOnA = await _app.As("ncb.de" + Demo);
        using var reviewerOnB = await _app.As("reviewer" + Demo, on: b);
        Assert.True(await FindsAsync(deOnA, "Teodor AUSFALL"));

        _app.Relay.Cut();
        try
        {
            // A cannot hold the lock without its database: B leads within a few checks.
            Assert.True(await EventuallyAsync(() => Task.FromResult(leaders[1].IsLeader && !leaders[0].IsLeader), 20), "node B did not take the lead while A lost its database");
            await Requests.ActAsync(reviewerOnB, id, "Cancel", "Cancelled on node B while node A was cut off.");
        }
        finally
        {
            _app.Relay.Start();
        }

        // Back: A reconnects its listening connection, reads what it missed, and forgets the cancelled notice.
        Assert.True(await EventuallyAsync(async () => await FindsAsync(deOnA, "Teodor AUSFALL") == false, 20), "node A still finds the notice cancelled during its outage");
        Assert.Single(leaders, l => l.IsLeader);
    }
}

/// <summary>On SQLite (one process) nothing of the cluster machinery runs: same behaviour as before issue #16.</summary>
public sealed class SingleProcessTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Sqlite_LeadsAlone_WritesNoFeed_KeepsKeysInTheFolder()
    {
        Assert.IsType<SingleProcessLeadership>(app.Factory.Services.GetRequiredService<ILeadership>());
        Assert.Null(app.Factory.Services.GetService<ChangeFeedReader>());
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        using var reviewer = await app.As("reviewer@demo.fairnotice");
        var id = await Requests.CreateAsync(fr, Requests.Wanted("EINZELN", "Teodor", "EINZELN"));
        await Requests.ReviewAsync(reviewer, id);
        using var de = await app.As("ncb.de@demo.fairnotice");
        var hits = (await (await de.PostAsJsonAsync("/api/screening", new { name = "Teodor EINZELN", purpose = "border check" })).Json()).GetProperty("hits");
        Assert.Equal(id, hits[0].GetProperty("noticeId").GetGuid());

        Assert.Equal(0, await app.WithDb(db => db.Set<ChangeRecord>().CountAsync()));
        Assert.False(await app.WithDb(db => db.DataProtectionKeys.AnyAsync()));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.AuditDirectory, "data-protection"), "*.xml"));
    }
}
