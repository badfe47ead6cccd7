using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #15: the header at a desktop width holds on one or two lines in every working language and for every
/// role (a walk of the pages found it on three or four lines at 1280 px in French and Spanish); its small menus open and
/// close from the keyboard; on a phone the same links are rows of the one menu.</summary>
public sealed class HeaderTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The visible header controls (grouped links excepted), clustered by their vertical centre: the number of lines.
    private const string Lines = """
        () => {
          const shown = [...document.querySelectorAll('header a, header button, header summary, header [data-testid=who]')]
            .filter(e => !e.closest('.group-body')).map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
          const centres = shown.map(r => r.top + r.height / 2).sort((a, b) => a - b);
          let lines = 0, last = -1e9;
          for (const c of centres) { if (c - last > 12) { lines++; last = c; } }
          return lines;
        }
        """;

    public static TheoryData<string, string> RolesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in RoleTour.All)
        {
            foreach (var culture in new[] { "en", "fr", "es", "ar" })
            {
                data.Add(role.Name, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndLanguages))]
    public async Task Header_At1280Pixels_HoldsOnTwoLinesAtMost(string role, string culture)
    {
        var page = await RoleTour.OpenAsync(browser, RoleTour.Named(role), culture, 1280, 800);
        try
        {
            var lines = await page.EvaluateAsync<int>(Lines);
            var height = await page.EvaluateAsync<double>("() => document.querySelector('header').getBoundingClientRect().height");
            await BrowserFixture.ShotAsync(page, $"header-{role}-{culture}-1280");

            Assert.True(lines is >= 1 and <= 2, $"{role} in {culture}: the header runs on {lines} lines at 1280 px");
            Assert.True(height <= 110, $"{role} in {culture}: the header is {height} px high at 1280 px");
            // Every link the role has is reachable: the grouped ones are in the page, behind their menu's button.
            Assert.Equal(1, await page.Locator("header a[href='/Statistics']").CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task GroupedLinks_OpenAndClose_FromTheKeyboard(string culture)
    {
        var page = await RoleTour.OpenAsync(browser, RoleTour.NcbOfficer, culture, 1280, 800);
        try
        {
            var more = page.Locator("[data-testid=menu-more] > summary");
            var statistics = page.Locator("[data-testid=menu-more] a[href='/Statistics']");
            Assert.False(await statistics.IsVisibleAsync(), "the grouped links are folded away until their menu opens");

            await more.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.True(await statistics.IsVisibleAsync(), "Enter on the menu's button shows its links");
            await Accessibility.AssertAxeCleanAsync(page, $"header menu open ({culture})");
            await BrowserFixture.ShotAsync(page, $"header-menu-open-{culture}");

            // Escape folds it and gives the focus back to its button; one menu open at a time.
            await page.Keyboard.PressAsync("Escape");
            Assert.False(await statistics.IsVisibleAsync());
            Assert.Equal("menu-more", await page.EvaluateAsync<string>("() => document.activeElement.parentElement.dataset.testid"));
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("[data-testid=menu-new] > summary").ClickAsync();
            Assert.False(await statistics.IsVisibleAsync(), "opening another menu closes this one");
            Assert.True(await page.Locator("[data-testid=menu-new] a[href='/Notices/New']").IsVisibleAsync());

            // Tab from the button into the links, and Enter follows one.
            await more.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("/Statistics", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
            await page.Keyboard.PressAsync("Enter");
            // Following the link is what is tested, not how fast the statistics' charts draw on a busy machine.
            await page.WaitForURLAsync("**/Statistics", new() { WaitUntil = WaitUntilState.Commit });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task OnAPhone_TheGroupedLinksAreRowsOfTheMenu(string culture)
    {
        var page = await RoleTour.OpenAsync(browser, RoleTour.Delegation, culture, 390, 844);
        try
        {
            Assert.False(await page.Locator("header a[href='/Statistics']").IsVisibleAsync());
            await page.ClickAsync("[data-testid=menu-button]");
            foreach (var href in new[] { "/Notices/New", "/Statistics", "/Members", "/Account/Security" })
            {
                Assert.True(await page.Locator($"header a[href='{href}']").IsVisibleAsync(), $"{href} shows in the opened phone menu");
            }

            Assert.True(await page.Locator("header form[action='/Account/Logout'] button").IsVisibleAsync());
            Assert.Null(await Accessibility.OverflowAsync(page));
            await BrowserFixture.ShotAsync(page, $"header-phone-menu-{culture}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The outsider's walk in Arabic: opening the phone menu dropped its button under the brand; the public menu
    /// had no way to follow a request.</summary>
    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task OnAPhone_TheOpenMenu_KeepsItsButtonBesideTheBrand_AndOffersToFollowARequest(string culture)
    {
        var page = await RoleTour.OpenAsync(browser, RoleTour.Anonymous, culture, 390, 844);
        try
        {
            var closed = await page.Locator("[data-testid=menu-button]").BoundingBoxAsync();
            await page.ClickAsync("[data-testid=menu-button]");
            var brand = await page.Locator("header .brand").BoundingBoxAsync();
            var open = await page.Locator("[data-testid=menu-button]").BoundingBoxAsync();
            Assert.True(Math.Abs(open!.Y - closed!.Y) < 2, $"the button moved from y={closed.Y} to y={open.Y}");
            Assert.True(open.Y < brand!.Y + brand.Height, $"the button (y={open.Y}) is under the brand (bottom {brand.Y + brand.Height})");
            Assert.True(await page.Locator("header a[href='/Redress/Status']").IsVisibleAsync());
            Assert.Null(await Accessibility.OverflowAsync(page));
            await BrowserFixture.ShotAsync(page, $"header-phone-public-menu-{culture}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
