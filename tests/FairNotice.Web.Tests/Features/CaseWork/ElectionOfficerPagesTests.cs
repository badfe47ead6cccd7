using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Web.Features.Elections;
using FairNotice.Web.Tests.Hardening;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.CaseWork;

/// <summary>Issue #15 item 5: the election officer sets up an election and records the guardians' public records on pages,
/// through the same use cases as the API; nobody else may.</summary>
public abstract class ElectionOfficerPagesTests(AppFixture app)
{
    private const string Officer = "elections@demo.fairnotice";

    [Fact]
    public async Task Officer_SetsUpAnElection_FixesAMistake_RecordsTheGuardians_OnPages()
    {
        using var browser = CookieSession.Client(app);
        var (cookies, _) = await CookieSession.SignInAsync(browser, Officer);
        var form = await (await CookieSession.SendAsync(browser, HttpMethod.Get, "/Elections/New", cookies)).Content.ReadAsStringAsync();
        var id = $"page-{Guid.NewGuid():N}"[..20];
        var fields = new Dictionary<string, string>
        {
            ["Id"] = id, ["Title"] = "", ["CandidacyDeadline"] = app.Clock.Now.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Seats[President]"] = "1", ["Seats[Delegate:Europe]"] = "2", ["Suspended"] = "IN, ZW", ["Outgoing"] = "Ana Silva; BR; VicePresident", ["Guardians"] = "5", ["Quorum"] = "3",
        };

        // No title: the form comes back naming the field, with what was typed kept, and nothing is created.
        var refused = await PostAsync(browser, "/Elections/New", cookies, form, fields);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#Title\">", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Ana Silva; BR; VicePresident", page, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Elections.AnyAsync(e => e.Id == id)));

        fields["Title"] = "Executive Committee, page session";
        var created = await PostAsync(browser, "/Elections/New", cookies, page, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/Elections/{id}/Manage", created.Headers.Location!.OriginalString);
        var election = await app.WithDb(db => db.Elections.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(["President", "Delegate:Europe", "Delegate:Europe"], election.Seats.Select(s => s.Region is null ? s.Post.ToString() : $"{s.Post}:{s.Region}"));
        Assert.Equal(["IN", "ZW"], election.Suspended.Order(StringComparer.Ordinal));
        Assert.Equal(3, election.Quorum);
        var normalised = Officer.ToUpperInvariant();
        var officerId = await app.WithDb(db => db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => u.Id).SingleAsync());
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Action == "election.create" && a.ObjectId == id && a.ActorId == officerId)));

        // The guardians' public records, pasted as the command-line tool writes them; a broken file is refused, naming the field.
        var manage = await (await CookieSession.SendAsync(browser, HttpMethod.Get, $"/Elections/{id}/Manage", cookies)).Content.ReadAsStringAsync();
        Assert.Contains("key ceremony pending", manage, StringComparison.Ordinal);
        var bad = await PostAsync(browser, $"/Elections/{id}/Manage?handler=Guardians", cookies, manage, new() { ["GuardiansJson"] = "{ not json" });
        Assert.Contains("<a href=\"#GuardiansJson\">", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var guardians = Domain.Elections.KeyCeremony.Run(["1", "2", "3", "4", "5"], 3, Domain.Elections.ElectionVerifier.CeremonyContext(id)).Select(g => g.Public).ToList();
        var json = JsonSerializer.Serialize(guardians, AppFixture.JsonOptions);
        var set = await PostAsync(browser, $"/Elections/{id}/Manage?handler=Guardians", cookies, manage, new() { ["GuardiansJson"] = json });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var after = await (await CookieSession.SendAsync(browser, HttpMethod.Get, $"/Elections/{id}/Manage", CookieSession.Merge(set, cookies))).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"guardians-ready\"", after, StringComparison.Ordinal);
        Assert.Contains("The guardians&#x27; public records are verified and recorded", after, StringComparison.Ordinal);
        Assert.NotNull(await app.WithDb(db => db.Elections.Where(e => e.Id == id).Select(e => e.GuardiansJson).SingleAsync()));
    }

    [Fact]
    public async Task Officer_ClosingABallotAndProclaiming_StateTheirConsequence_AndRunOnlyWhenConfirmed()
    {
        var id = $"conf-{Guid.NewGuid():N}"[..20];
        using (var api = await app.As(Officer))
        {
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/elections", new { id, title = "Confirm", candidacyDeadline = app.Clock.Now.AddSeconds(1), seats = new[] { new { post = "President" } } })).StatusCode);
            using (var br = await app.As("supervisor.br@demo.fairnotice"))
            {
                await br.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person = "Ana Lima", post = "President" });
            }

            app.Clock.Now = app.Clock.Now.AddSeconds(2);
            await api.PostAsync($"/api/elections/{id}/candidacies/validate", null);
            var guardians = Domain.Elections.KeyCeremony.Run(["1", "2", "3", "4", "5"], 3, Domain.Elections.ElectionVerifier.CeremonyContext(id));
            await api.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), AppFixture.JsonOptions);
            await Elections.TestCredentials.PublishAsync(api, id);
            Assert.True((await api.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).IsSuccessStatusCode);
        }

        Task<string> Status() => app.WithDb(db => db.Rounds.Where(r => r.ElectionId == id).Select(r => r.Status.ToString()).SingleAsync());
        using var browser = CookieSession.Client(app);
        var (cookies, _) = await CookieSession.SignInAsync(browser, Officer);
        var manage = await (await CookieSession.SendAsync(browser, HttpMethod.Get, $"/Elections/{id}/Manage", cookies)).Content.ReadAsStringAsync();

        // The first press only says what closing does, with the numbers; the ballot stays open.
        var asked = await (await PostAsync(browser, $"/Elections/{id}/Manage?handler=Close&order=1", cookies, manage, [])).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"close-confirm-form-1\"", asked, StringComparison.Ordinal);
        Assert.Contains("You are about to CLOSE ballot 1 for President.", asked, StringComparison.Ordinal);
        Assert.Contains("0 ballot(s) cast by the 196 members on the roll", asked, StringComparison.Ordinal);
        Assert.Equal("Open", await Status());
        // "Go back" changes nothing either; only "confirm" closes.
        var back = await PostAsync(browser, $"/Elections/{id}/Manage?handler=Close&order=1", cookies, asked, new() { ["Step"] = "change" });
        Assert.DoesNotContain("close-confirm-form-1", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Open", await Status());
        var closed = await PostAsync(browser, $"/Elections/{id}/Manage?handler=Close&order=1", cookies, asked, new() { ["Step"] = "confirm" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("Closed", await Status());

        // Proclaiming with a ballot not tallied cannot happen: refused at once, before any "You are about to PROCLAIM" (an outside
        // tester was asked to confirm a proclamation that was then refused), and nothing proclaimed.
        var proclaim = await (await PostAsync(browser, $"/Elections/{id}/Manage?handler=Proclaim", cookies, manage, [])).Content.ReadAsStringAsync();
        Assert.Contains("Every ballot must be tallied before the results are proclaimed.", proclaim, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"proclaim-confirm-form\"", proclaim, StringComparison.Ordinal);
        Assert.NotEqual("Proclaimed", await app.WithDb(db => db.Elections.Where(e => e.Id == id).Select(e => e.Status.ToString()).SingleAsync()));
        // The public page no longer closes a ballot unconfirmed: its handler is gone.
        Assert.NotEqual(HttpStatusCode.Redirect, (await PostAsync(browser, $"/Elections/{id}?handler=Close&order=1", cookies, manage, [])).StatusCode);
    }

    [Theory]
    [InlineData("reviewer@demo.fairnotice")]
    [InlineData("supervisor.fr@demo.fairnotice")]
    [InlineData("admin@demo.fairnotice")]
    public async Task OfficerPages_AnyoneElse_Forbidden_AndNothingChanges(string who)
    {
        using var other = await app.As(who);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Elections/New")).StatusCode);
        var id = $"deny-{Guid.NewGuid():N}"[..20];
        var post = await other.PostAsync("/Elections/New", new FormUrlEncodedContent(new Dictionary<string, string> { ["Id"] = id, ["Title"] = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await app.WithDb(db => db.Elections.AnyAsync(e => e.Id == id)));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Elections/any/Manage")).StatusCode);
        Assert.DoesNotContain("/Elections/New", await (await other.GetAsync("/Elections")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficerPages_Anonymous_SentToSignIn()
    {
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Elections/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostAsync("/Elections/x/Manage?handler=Proclaim", new FormUrlEncodedContent([]))).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string cookies, string html, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = CookieSession.Token(html);
        using var post = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", cookies);
        return await browser.SendAsync(post);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteElectionOfficerPagesTests(SqliteFixture app) : ElectionOfficerPagesTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresElectionOfficerPagesTests(PostgresFixture app) : ElectionOfficerPagesTests(app);
