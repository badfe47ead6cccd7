using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #15 item 7: pictures of each role's main pages in each working language, at a desktop (1366×768) and a
/// phone (390×844) size, with an index, in <c>docs/screens/</c>. Not part of the normal run (explicit): <c>tools/screens.sh</c>
/// runs it with <c>FAIRNOTICE_SCREENS_OUT</c> set to the folder and then shrinks the PNGs. Each picture is the window's
/// view (what a reader sees first), not the whole page, which keeps the folder small.</summary>
public sealed class ScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Cultures = ["en", "fr", "es", "ar"];
    private static readonly (string Name, int Width, int Height)[] Sizes = [("desktop", 1366, 768), ("phone", 390, 844)];

    /// <summary>A page to picture: the role, a file name, a title for the index, and how to reach it (an address, or the
    /// first link a list shows).</summary>
    private sealed record Shot(TourRole Role, string Name, string Title, string Path, string? FollowFirst = null);

    [Fact(Explicit = true)]
    public async Task MainPages_OfEachRole_InEachLanguage_AtDesktopAndPhoneSizes()
    {
        var outDir = Environment.GetEnvironmentVariable("FAIRNOTICE_SCREENS_OUT");
        Assert.False(string.IsNullOrEmpty(outDir), "Set FAIRNOTICE_SCREENS_OUT to the folder (tools/screens.sh does).");
        var election = await RoleTour.OpenElectionAsync(browser);
        Shot[] shots =
        [
            new(RoleTour.Anonymous, "redress", "Ask the Commission (public)", "/Redress"),
            new(RoleTour.Anonymous, "statistics", "Statistics (public)", "/Statistics"),
            new(RoleTour.Anonymous, "elections", "Elections (public)", "/Elections"),
            new(RoleTour.NcbOfficer, "home", "NCB officer: home", "/"),
            new(RoleTour.NcbOfficer, "members", "NCB officer: member countries", "/Members"),
            new(RoleTour.NcbOfficer, "new-notice", "NCB officer: new Red Notice", "/Notices/New"),
            new(RoleTour.NcbOfficer, "my-requests", "NCB officer: my requests", "/Notices?scope=mine"),
            new(RoleTour.NcbOfficer, "request", "NCB officer: a request", "/Notices?scope=mine", "[data-testid=requests] tbody a"),
            new(RoleTour.Reviewer, "queue", "Reviewer: review queue", "/Notices?status=UnderReview"),
            new(RoleTour.Reviewer, "review", "Reviewer: a request under review", "/Notices?status=UnderReview", "[data-testid=requests] tbody a"),
            new(RoleTour.Commission, "desk", "Commission: requests", "/Commission"),
            new(RoleTour.Commission, "file", "Commission: a file", "/Commission", "[data-testid=ccf-requests] tbody a"),
            new(RoleTour.Auditor, "audit", "Auditor: audit trail", "/Audit"),
            new(RoleTour.ElectionOfficer, "election", "Election officer: an election", $"/Elections/{election}"),
            new(RoleTour.Delegation, "booth", "Delegation: voting booth", $"/Elections/{election}/Vote/1"),
            new(RoleTour.Administrator, "accounts", "Administrator: accounts", "/Accounts"),
        ];

        var index = new StringBuilder();
        index.AppendLine("# Screens").AppendLine()
            .AppendLine("Each role's main pages in the four working languages, at a desktop (1366×768) and a phone (390×844) size: the")
            .AppendLine("window's first view, on the demo data of a fresh server. Made by `tools/screens.sh` (one command; it rebuilds this")
            .AppendLine("page and every picture — do not edit by hand). Issue #15 item 7.").AppendLine()
            .AppendLine("| Page | " + string.Join(" | ", Cultures) + " |")
            .AppendLine("|---|" + string.Concat(Cultures.Select(_ => "---|")));
        foreach (var culture in Cultures)
        {
            Directory.CreateDirectory(Path.Combine(outDir!, culture));
        }

        foreach (var shot in shots)
        {
            var cells = new List<string>();
            foreach (var culture in Cultures)
            {
                var links = new List<string>();
                foreach (var (size, width, height) in Sizes)
                {
                    var page = await RoleTour.OpenAsync(browser, shot.Role, culture, width, height);
                    await page.GotoAsync(shot.Path);
                    if (shot.FollowFirst is { } link)
                    {
                        await page.GotoAsync((await page.GetAttributeAsync(link, "href"))!);
                    }

                    if (shot.Name == "booth")
                    {
                        await page.Locator("[data-testid=cast]:not([disabled])").WaitForAsync(new() { Timeout = 30000 });
                    }

                    var file = $"{culture}/{shot.Role.Name}-{shot.Name}-{size}.png";
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir!, file), Animations = ScreenshotAnimations.Disabled });
                    await page.Context.CloseAsync();
                    links.Add($"[{size}]({file})");
                }

                cells.Add(string.Join(" · ", links));
            }

            index.AppendLine(CultureInfo.InvariantCulture, $"| {shot.Title} | {string.Join(" | ", cells)} |");
        }

        await File.WriteAllTextAsync(Path.Combine(outDir!, "README.md"), index.ToString());
    }
}
