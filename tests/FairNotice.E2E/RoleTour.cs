using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FairNotice.Domain.Elections;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>A role the tour signs in as: a demo account, or nobody (the public).</summary>
public sealed record TourRole(string Name, string? Email)
{
    public override string ToString() => Name;
}

/// <summary>Walks every page a role can reach from the home page by following the links it is shown (GET only, on this
/// site), one page per kind of address: <c>/Notices/{id}</c> is visited for two requests, not for all of them. Pages other
/// helpers add are found without a change here. Signs each role in once per server and reuses the cookies.</summary>
internal static partial class RoleTour
{
    public static readonly TourRole Anonymous = new("anonymous", null);
    public static readonly TourRole NcbOfficer = new("ncb-officer", "ncb.fr@demo.fairnotice");
    public static readonly TourRole Reviewer = new("reviewer", "reviewer@demo.fairnotice");
    public static readonly TourRole Commission = new("commission", "commission@demo.fairnotice");
    public static readonly TourRole Auditor = new("auditor", "auditor@demo.fairnotice");
    public static readonly TourRole ElectionOfficer = new("election-officer", "elections@demo.fairnotice");
    /// <summary>A member's delegation at the General Assembly: the NCB supervisor, who votes in the booth.</summary>
    public static readonly TourRole Delegation = new("delegation", "supervisor.fr@demo.fairnotice");
    public static readonly TourRole Administrator = new("admin", "admin@demo.fairnotice");

    public static readonly TourRole[] All = [Anonymous, NcbOfficer, Reviewer, Commission, Auditor, ElectionOfficer, Delegation, Administrator];

    public static TourRole Named(string name) => All.Single(r => r.Name == name);

    private static readonly ConcurrentDictionary<string, Task<string>> Sessions = new();
    private static readonly ConcurrentDictionary<string, Task<string>> Elections = new();

    // The delegations' secret credentials for the tour's election, per server (the credential authority's output).
    private static readonly ConcurrentDictionary<string, IReadOnlyList<SecretCredential>> Credentials = new();

    /// <summary>The printed credential of a member delegation for the tour's election (after <see cref="OpenElectionAsync"/>).</summary>
    public static string PrintedCredential(BrowserFixture browser, string member) =>
        Credentials[browser.BaseUrl].Single(c => c.Member == member).ToPrintable();

    /// <summary>Addresses never followed: they act (sign out, switch language), leave the pages (API, downloads) or are the
    /// API reference, which is not part of the application's pages.</summary>
    [GeneratedRegex(@"^/(Account/Logout|Language|api/|scalar|statistics/charts|openapi)|\.(csv|json|svg|pdf|png|txt)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotFollowed();

    // A path segment or query value holding a digit is an id, a number or a date: one page per kind is enough.
    [GeneratedRegex(@"[^/?&=]*\d[^/?&=]*")]
    private static partial Regex IdLike();

    /// <summary>A browser context signed in as the role (cookies from one sign-in per server), at the given window size,
    /// with JavaScript on (as nearly every reader has it) and the language chosen.</summary>
    public static async Task<IPage> OpenAsync(BrowserFixture browser, TourRole role, string culture, int width, int height)
    {
        string? state = null;
        if (role.Email is { } email)
        {
            state = await Sessions.GetOrAdd($"{browser.BaseUrl}|{email}", _ => SignInAsync(browser, email));
        }

        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            JavaScriptEnabled = true,
            Locale = "en-US", // the page's language is the culture cookie's; this fixes the order of a date field's parts
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = state,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/Language?culture={culture}&returnUrl=%2F");
        return page;
    }

    private static async Task<string> SignInAsync(BrowserFixture browser, string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await BrowserFixture.LoginAsync(page, email);
            return await context.StorageStateAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The address of a demo request in the page's fullest state: the automated check's findings, a four-eyes
    /// history of more than one step, a charge and a warrant (the Chinese request the demo refuses on Article 3; the
    /// reviewer and the Chinese NCB see it). Fails when the demo stops seeding one, rather than checking less.</summary>
    public static async Task<string> RequestWithFindingsAndHistoryAsync(IPage page)
    {
        await page.GotoAsync("/Notices?scope=all&country=CN&status=Refused&q=HU");
        var href = await page.Locator("table a[href^='/Notices/']").First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("no refused Chinese request in the demo");
        await page.GotoAsync(href);
        if (await page.Locator("[data-testid=findings] tbody tr").CountAsync() == 0 || await page.Locator("[data-testid=history] tbody tr").CountAsync() < 2
            || await page.Locator("[data-testid=warrant]").CountAsync() == 0)
        {
            throw new InvalidOperationException($"{href} has no findings, no history of more than one step, or no warrant");
        }

        return href;
    }

    /// <summary>The kind of page an address shows: ids, numbers and dates replaced, query keys sorted.</summary>
    public static string KindOf(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        var query = q < 0 ? "" : string.Join('&', pathAndQuery[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var kind = IdLike().Replace(path, "{x}") + (query.Length > 0 ? "?" + IdLike().Replace(query, "{x}") : "");
        return kind;
    }

    /// <summary>Visits the pages the role reaches from <paramref name="starts"/>, breadth first, and calls
    /// <paramref name="check"/> on each once it has loaded. At most <paramref name="perKind"/> pages of one kind and
    /// <paramref name="limit"/> pages in all. Returns the addresses visited, with the status each answered.</summary>
    public static async Task<IReadOnlyList<(string Url, int Status)>> WalkAsync(IPage page, Func<IPage, string, Task> check, IEnumerable<string> starts, int perKind = 2, int limit = 60)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var queue = new Queue<string>(starts);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var visited = new List<(string, int)>();
        while (queue.Count > 0 && visited.Count < limit)
        {
            var url = queue.Dequeue();
            var kind = KindOf(url);
            if (kinds.GetValueOrDefault(kind) >= perKind)
            {
                continue;
            }

            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var response = await page.GotoAsync(url);
            var status = response?.Status ?? 0;
            visited.Add((url, status));
            if (status >= 400)
            {
                continue;
            }

            await check(page, url);
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "as => as.map(a => a.href)");
            foreach (var href in links)
            {
                if (!href.StartsWith(origin + "/", StringComparison.Ordinal))
                {
                    continue;
                }

                var local = href[origin.Length..];
                var hash = local.IndexOf('#', StringComparison.Ordinal);
                local = hash < 0 ? local : local[..hash];
                if (local.Length == 0 || NotFollowed().IsMatch(local) || !seen.Add(local))
                {
                    continue;
                }

                queue.Enqueue(local);
            }
        }

        return visited;
    }

    /// <summary>An election with its first round open, so that the booth and the ballot board have something to show
    /// (set up once per server through the officer's API, as an officer would with the CLI). Returns its id.</summary>
    public static Task<string> OpenElectionAsync(BrowserFixture browser) => Elections.GetOrAdd(browser.BaseUrl, _ => SetUpElectionAsync(browser));

    private static async Task<string> SetUpElectionAsync(BrowserFixture browser)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        using var officer = await ApiAsync(browser, "elections@demo.fairnotice");
        using var br = await ApiAsync(browser, "supervisor.br@demo.fairnotice");
        using var au = await ApiAsync(browser, "supervisor.au@demo.fairnotice");
        var id = $"tour-{Guid.NewGuid():N}"[..16];
        var deadline = browser.Clock.GetUtcNow().AddMinutes(1);
        await Ok(officer.PostAsJsonAsync("/api/elections", new { id, title = "Executive Committee (page tour)", candidacyDeadline = deadline, seats = new[] { new { post = "President" } } }));
        await Ok(br.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person = "Ana Lima", post = "President" }));
        await Ok(au.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person = "Kate Moore", post = "President" }));
        browser.Clock.Advance(deadline - browser.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        await Ok(officer.PostAsync($"/api/elections/{id}/candidacies/validate", null));
        var guardians = KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, ElectionVerifier.CeremonyContext(id));
        await Ok(officer.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), json));
        // No ballot opens before the credential authority's list is published (issue #17).
        var (list, secrets) = CredentialAuthority.Generate(id, FairNotice.Domain.Members.MemberCatalogue.All.Select(m => m.Iso2));
        Credentials[browser.BaseUrl] = secrets;
        await Ok(officer.PostAsJsonAsync($"/api/elections/{id}/credentials", list, json));
        await Ok(officer.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" }));
        return id;

        static async Task Ok(Task<HttpResponseMessage> call)
        {
            using var r = await call;
            Assert.True(r.IsSuccessStatusCode, $"{r.RequestMessage?.RequestUri}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<HttpClient> ApiAsync(BrowserFixture browser, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var login = await BrowserFixture.Authenticator.PresentAsync(email, code => client.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserFixture.Password, twoFactorCode = code }));
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
