using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Features.Redress;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Platform;

/// <summary>Budgets tuned so that the old behaviour fails: the production sign-in ceiling per address (the old default of 20
/// was the lock-out), 3 failures per account and address, 8 failing accounts before spraying, 2 filings and 4 refused
/// filings an hour. Windows are an hour, aligned on the epoch by the app's clock (09:00 in the fixture).</summary>
public abstract class SharedAddressFixture<TApp> : IAsyncLifetime where TApp : AppFixture, new()
{
    public TApp App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        // Budgets:SignIn keeps its production default (the old 20 per 5 minutes was the lock-out).
        App.Settings["Budgets:SignInFailures:Permits"] = "3";
        App.Settings["Budgets:SignInFailures:Seconds"] = "3600";
        App.Settings["Budgets:SignInSpray:Permits"] = "8";
        App.Settings["Budgets:SignInSpray:Seconds"] = "3600";
        App.Settings["Budgets:RedressFiling:PerClient:Permits"] = "2";
        App.Settings["Budgets:RedressFiling:PerClient:Seconds"] = "3600";
        App.Settings["Budgets:RedressInvalid:PerClient:Permits"] = "4";
        App.Settings["Budgets:RedressInvalid:PerClient:Seconds"] = "3600";
        App.Services = SimulatedClientAddress.Add;
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return App.DisposeAsync();
    }
}

public sealed class SqliteSharedAddressFixture : SharedAddressFixture<SqliteFixture>;

public sealed class PostgresSharedAddressFixture : SharedAddressFixture<PostgresFixture>;

public abstract class SharedAddressBudgetTests(AppFixture app)
{
    private static int _next;

    private static string NewClient() => $"10.40.{Interlocked.Increment(ref _next) / 250}.{_next % 250 + 1}";

    private HttpClient From(string address)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(SimulatedClientAddress.Header, address);
        return client;
    }

    private Task<HttpResponseMessage> SignInAsync(string client, string email, string password) =>
        From(client).PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode = app.Authenticator.NextCode(email) });

    private static double RetryAfter(HttpResponseMessage r) => r.Headers.RetryAfter?.Delta?.TotalSeconds ?? throw new Xunit.Sdk.XunitException("no Retry-After");

    [Fact]
    public async Task SignIn_OthersFailOnOtherAccountsFromTheSameAddress_TheRightPasswordAndCodeStillSignIn()
    {
        var office = NewClient();
        // Six people mistype (six accounts, under the spraying mark of 8), each until their own account is throttled: 24
        // tries, 6 of them refused, more than the old per-address budget of 20.
        for (var person = 0; person < 6; person++)
        {
            for (var i = 0; i < 4; i++)
            {
                var r = await SignInAsync(office, $"typo.{person}.{office}@example.org", "wrong-password-1");
                Assert.Equal(i < 3 ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, r.StatusCode);
            }
        }

        var email = "supervisor.de@demo.fairnotice";
        var ok = await SignInAsync(office, email, AppFixture.Password);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task SignIn_AddressFailsOnManyAccounts_RefusedAsSprayingUntilItsWindowEnds_WaitNeverExtended()
    {
        var sprayer = NewClient();
        var saved = app.Clock.Now;
        try
        {
            // A window of its own: the next hour, from its start.
            app.Clock.Now = new DateTimeOffset(saved.Year, saved.Month, saved.Day, saved.Hour, 0, 0, TimeSpan.Zero).AddHours(5);
            for (var i = 0; i < 8; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(sprayer, $"made.up.{i}.{sprayer}@example.org", "Summer2026!")).StatusCode);
            }

            app.Clock.Now = app.Clock.Now.AddMinutes(20);
            var refused = await SignInAsync(sprayer, "supervisor.fr@demo.fairnotice", AppFixture.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains("many different accounts", (await refused.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
            // What is left of the hour, not the whole hour.
            Assert.InRange(RetryAfter(refused), 2390, 2400);

            // Refused tries do not push the end further: ten minutes later, ten minutes less.
            app.Clock.Now = app.Clock.Now.AddMinutes(10);
            var again = await SignInAsync(sprayer, "supervisor.fr@demo.fairnotice", AppFixture.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
            Assert.InRange(RetryAfter(again), 1790, 1800);

            // Another address is not affected meanwhile.
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(NewClient(), "supervisor.us@demo.fairnotice", AppFixture.Password)).StatusCode);

            app.Clock.Now = app.Clock.Now.AddMinutes(31);
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(sprayer, "supervisor.fr@demo.fairnotice", AppFixture.Password)).StatusCode);
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }

    /// <summary>Sent at once, every wrong password of a burst was checked before any failure was counted (26 of 30 over a
    /// budget of 5), and on PostgreSQL the account updates Identity lost to each other were saved again with the audit entry:
    /// 500s (attack of 2026-11-28). Now at most the budget's failures are checked, the rest are 429, none is a 500.</summary>
    [Fact]
    public async Task SignIn_WrongPasswordsSentAtOnce_NoMoreCheckedThanTheBudget_NoServerError()
    {
        var attacker = NewClient();
        var email = "supervisor.br@demo.fairnotice";

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            From(attacker).PostAsJsonAsync("/api/auth/login", new { email, password = $"parallel-guess-{i}", twoFactorCode = "000000" })));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        // The owner, from elsewhere, is not locked out by it.
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(NewClient(), email, AppFixture.Password)).StatusCode);
    }

    /// <summary>Filings sent at once all passed the budget check before any was charged: 20 of 20 filed against 5 an hour
    /// (attack of 2026-11-28). Now no more are filed than the budget holds.</summary>
    [Fact]
    public async Task RedressFiling_SentAtOnce_NoMoreFiledThanTheBudget()
    {
        var applicant = NewClient();
        var tag = applicant.Replace(".", "", StringComparison.Ordinal);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            From(applicant).PostAsync("/api/redress", Requests.RedressForm($"BURST{(char)('A' + i)}{tag}"))));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var names = await app.WithDb(db => db.RedressRequests.Select(r => r.FamilyName).ToListAsync());
        Assert.Equal(2, names.Count(n => n.StartsWith("BURST", StringComparison.Ordinal) && n.EndsWith(tag, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RedressFiling_RefusedPostsHaveTheirOwnBudget_AcceptedFilingsTheirs()
    {
        var applicant = NewClient();
        static MultipartFormDataContent Incomplete() => new() { { new StringContent("Access"), "type" }, { new StringContent("fr"), "language" } };

        // Three posts with mistakes, then two filings accepted: the mistakes used none of the filings.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await From(applicant).PostAsync("/api/redress", Incomplete())).StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            var filed = await From(applicant).PostAsync("/api/redress", Requests.RedressForm($"SHARED{i}{applicant.Replace(".", "", StringComparison.Ordinal)}"));
            Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        }

        var third = await From(applicant).PostAsync("/api/redress", Requests.RedressForm("SHAREDTHIRD"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(RetryAfter(third), 1, 3600);

        // Refused posts are bounded too, by their own budget.
        var careless = NewClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await From(careless).PostAsync("/api/redress", Incomplete())).StatusCode);
        }

        var refused = await From(careless).PostAsync("/api/redress", Incomplete());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("budget.exceeded", (await refused.Json()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task RedressPage_RefusedForBudget_HoldsTheDocumentsAndSaysTheRealWait()
    {
        using var page = From(NewClient());
        var html = await page.GetStringAsync("/Redress");
        async Task<HttpResponseMessage> PostAsync(string family, bool withFiles)
        {
            var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Access"), "Type" }, { new StringContent("fr"), "Language" },
                { new StringContent(family), "FamilyName" }, { new StringContent("Marc"), "Forenames" }, { new StringContent("applicant@example.org"), "ContactEmail" },
                { new StringContent("Je demande l'accès aux données me concernant, s'il y en a."), "Statement" },
            };
            if (withFiles)
            {
                form.Add(new ByteArrayContent(Requests.Pdf), "IdentityDocument", "passport.pdf");
                form.Add(new ByteArrayContent(Requests.Pdf), "SignedStatement", "statement.pdf");
            }

            var r = await page.PostAsync("/Redress", form);
            html = await r.Content.ReadAsStringAsync();
            return r;
        }

        // Four posts with a mistake (no family name) spend the refused posts' budget, not the filings'.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync("", withFiles: true)).StatusCode);
        }

        var refused = await PostAsync("PAGEBUDGET", withFiles: true);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 3600);
        // What was typed is kept, the documents chosen in this post too.
        Assert.Contains("value=\"PAGEBUDGET\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"held-identityDocument\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"held-signedStatement\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedressFiling_AnonymousJsonBody_Is415NamingTheContentType()
    {
        var r = await From(NewClient()).PostAsJsonAsync("/api/redress", new { type = "Access", familyName = "JSON" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Json();
        Assert.Equal("redress.media_type", problem.GetProperty("code").GetString());
        Assert.Contains("multipart/form-data", problem.GetProperty("errors").GetProperty("Content-Type")[0].GetString(), StringComparison.Ordinal);
    }
}


public sealed class SqliteSharedAddressBudgetTests(SqliteSharedAddressFixture f) : SharedAddressBudgetTests(f.App), IClassFixture<SqliteSharedAddressFixture>;


public sealed class PostgresSharedAddressBudgetTests(PostgresSharedAddressFixture f) : SharedAddressBudgetTests(f.App), IClassFixture<PostgresSharedAddressFixture>;
