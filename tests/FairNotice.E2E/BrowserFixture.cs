using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using FairNotice.Web.Tests;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>The app on a real loopback port over a fresh SQLite database, and Debian's Chromium driven by Playwright.</summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    public const string Password = "E2E-password-2026";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"fairnotice-e2e-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The clock every browser-test server checks authenticator codes against; one for all, so that
    /// <see cref="LoginAsync"/> (static) can hand out codes the server accepts exactly once.</summary>
    public static AuthenticatorClock Authenticator { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>This server's clock (real time plus what a test has advanced it by).</summary>
    public ServerClock Clock { get; } = new();

    /// <summary>The server's services (to prepare an account a test needs).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("Fixture not initialised.");

    public async ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", $"Data Source={_db}");
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", Password);
            // The CSP test visits the API reference, which is off outside Development unless asked for (ASVS 3.5.4).
            b.UseSetting("ApiReference:Enabled", "true");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock).AddKeyedSingleton<TimeProvider>(FairNotice.Web.Platform.SecondFactors.ClockKey, Authenticator));
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var chromium = Environment.GetEnvironmentVariable("FAIRNOTICE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: run ./test.sh (installs Debian's chromium) or set FAIRNOTICE_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context; JavaScript off by default, because the core flows must work without it. Every page
    /// it loads is checked with axe-core (<see cref="WatchAccessibility"/>).</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        WatchAccessibility(page, javaScript);
        return page;
    }

    private readonly ConcurrentQueue<Task> _axeChecks = new();
    private readonly ConcurrentDictionary<string, string> _axeViolations = new(StringComparer.Ordinal);

    /// <summary>Issue #15 item 6: axe-core runs on every page state the suite reaches, not only where a test asks. Each time
    /// a page of this site finishes loading (a link followed, a form posted), its WCAG A/AA rules are run while the test goes
    /// on; any violation, of any impact, fails this class when its fixture is disposed, with the page and the rule. A check
    /// the test overtakes (it navigated or closed the page first) is dropped: the next load is checked. The API reference
    /// (a third-party page) and non-HTML answers are not checked.</summary>
    private void WatchAccessibility(IPage page, bool javaScript) =>
        page.Load += (_, loaded) => _axeChecks.Enqueue(CheckLoadedAsync(loaded, javaScript));

    // axe needs JavaScript, and Chromium drops a page that has it turned off when axe is injected: such a page is copied, as
    // it stands and without its scripts, into a checker page (one per fixture, one check at a time) at the same size, with
    // the same stylesheet, and checked there.
    private readonly SemaphoreSlim _checkerLock = new(1, 1);
    private int _axeChecksDone;

    /// <summary>How many loaded pages axe has checked so far (a test shows that the watch works).</summary>
    public int AxeChecksDone => Volatile.Read(ref _axeChecksDone);
    private IPage? _checker;

    private async Task CheckLoadedAsync(IPage page, bool javaScript)
    {
        try
        {
            var url = page.Url;
            var path = new Uri(url).AbsolutePath;
            if (!url.StartsWith(BaseUrl, StringComparison.Ordinal) || path.StartsWith("/scalar", StringComparison.Ordinal)
                || path.StartsWith("/api/", StringComparison.Ordinal) || await page.EvaluateAsync<string>("() => document.contentType") != "text/html")
            {
                return;
            }

            IReadOnlyList<string> violations;
            if (javaScript)
            {
                violations = await Accessibility.AxeViolationsAsync(page);
            }
            else
            {
                var html = await page.ContentAsync();
                var size = page.ViewportSize;
                await _checkerLock.WaitAsync();
                try
                {
                    if (_checker is null)
                    {
                        // On this site's origin, so that the server lets it have the stylesheet (same-origin resource policy).
                        _checker = await (await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = true })).NewPageAsync();
                        await _checker.GotoAsync("/Error/404");
                    }

                    await _checker.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 720);
                    var copy = Scripts().Replace(html, "");
                    copy = Head().Replace(copy, m => $"{m.Value}<base href=\"{url}\">", 1);
                    await _checker.SetContentAsync(copy);
                    violations = await Accessibility.AxeViolationsAsync(_checker);
                }
                finally
                {
                    _checkerLock.Release();
                }
            }

            Interlocked.Increment(ref _axeChecksDone);
            foreach (var violation in violations)
            {
                _axeViolations.TryAdd($"{path}: {violation[..violation.IndexOf(' ', StringComparison.Ordinal)]}", $"{url}: {violation}");
            }
        }
        catch (PlaywrightException)
        {
            // The test moved on (navigated, closed the page) before the check could run: the next load is checked.
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<script\b.*?</script>|<!script\b.*?</!script>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Scripts();

    [System.Text.RegularExpressions.GeneratedRegex(@"<head\b[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Head();

    /// <summary>Saves a full-page screenshot when FAIRNOTICE_SCREENSHOTS names a folder (for looking at the pages, not for asserting).</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FAIRNOTICE_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Like <see cref="ShotAsync"/>, at a desktop (1366 px) and a phone (390 px) width, then back to the page's size.</summary>
    public static async Task ShotAtWidthsAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FAIRNOTICE_SCREENSHOTS") is not { Length: > 0 })
        {
            return;
        }

        var size = page.ViewportSize;
        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await ShotAsync(page, $"{name}-{width}");
        }

        if (size is not null)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    public static async Task LoginAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]");
        // Step 2: the demo authenticator's code.
        await Authenticator.PresentAsync(email, async code =>
        {
            await page.FillAsync("#Code", code);
            await page.ClickAsync("form[action*='handler=Code'] button[type=submit]");
            // Wait for what a signed-in page shows rather than for a URL change, which can complete before the wait starts.
            await page.Locator("[data-testid=who]").WaitForAsync();
            return true;
        });
    }

    public async ValueTask DisposeAsync()
    {
        while (_axeChecks.TryDequeue(out var check))
        {
            await check;
        }

        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_db);
        _checkerLock.Dispose();
        if (!_axeViolations.IsEmpty)
        {
            throw new InvalidOperationException($"axe-core found WCAG violations on pages this class's tests visited:\n  "
                + string.Join("\n  ", _axeViolations.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value)));
        }
    }
}
