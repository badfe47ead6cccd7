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
public sealed class BrowserFixture : IAsyncLifetime
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

    /// <summary>A fresh browser context; JavaScript off by default, because the core flows must work without it.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

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
    }
}
