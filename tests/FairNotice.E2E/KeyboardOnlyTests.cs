using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #15 item 6 (WCAG 2.1.1 Keyboard, 2.4.1 Bypass blocks, 2.4.3 Focus order, 4.1.3 Status messages): the three
/// main tasks done with the keyboard alone — an NCB officer files a Red Notice, a reviewer decides on it, a delegation votes
/// in the booth. Nothing is clicked: focus moves only by Tab, controls are used with Enter and Space, text is typed, a
/// select takes the option typed into it and a radio group moves with the arrow keys (its standard keyboard behaviour).
/// axe-core checks each state reached on the way.</summary>
public sealed class KeyboardOnlyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Family = "KEYBOARDSON";

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails if it is never reached
    /// (the control is not in the tab order).</summary>
    private static async Task TabToAsync(IPage page, string selector, int max = 120)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached with {max} presses of Tab (focus is on {await FocusedAsync(page)}).");
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 120) : 'nothing'; }");

    private static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndMovesFocusToTheMainContent()
    {
        var page = await RoleTour.OpenAsync(browser, RoleTour.NcbOfficer, "en", 390, 844);
        await page.GotoAsync("/Notices?scope=mine");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.dataset.testid"));
        Assert.True(await page.Locator("[data-testid=skip-link]").IsVisibleAsync(), "the skip link shows when it has the focus");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // The next Tab goes into the page's content, past the header's links.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));

        // On a phone the menu opens and closes from the keyboard.
        await page.GotoAsync("/");
        await TabToAsync(page, "[data-testid=menu-button]");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("header nav a[href='/Statistics']").IsVisibleAsync());
        await TabToAsync(page, "header nav a[href='/Statistics']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Statistics");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Officer_FilesARedNotice_Reviewer_Publishes_WithTheKeyboardOnly()
    {
        var officer = await RoleTour.OpenAsync(browser, RoleTour.NcbOfficer, "en", 1366, 768);
        await officer.GotoAsync("/Notices/New");
        await TypeIntoAsync(officer, "#Form_FamilyName", Family);
        await TypeIntoAsync(officer, "#Form_Forenames", "Tabitha");
        await TypeIntoAsync(officer, "#Form_Sex", "Female");
        await TypeIntoAsync(officer, "#Form_DateOfBirth", "1980-07-15");
        await TypeIntoAsync(officer, "#Form_Nationalities", "FR");
        await TypeIntoAsync(officer, "#Form_SummaryOfFacts", "On 3 June 2025 in Nantes the person stabbed a shop owner during an armed robbery and fled with EUR 40,000.");
        await TypeIntoAsync(officer, "#Form_OffenceDate", "2025-06-03");
        await TypeIntoAsync(officer, "#Form_OffencePlace", "Nantes, France");
        await TypeIntoAsync(officer, "#Form_WantedFor", "Prosecution");
        await TypeIntoAsync(officer, "#Form_Charges_0__Description", "Armed robbery with violence");
        await TypeIntoAsync(officer, "#Form_Charges_0__Law", "Code pénal art. 311-8");
        await TypeIntoAsync(officer, "#Form_Charges_0__MaximumPenaltyMonths", "360");
        await TypeIntoAsync(officer, "#Form_WarrantAuthority", "Tribunal judiciaire de Nantes");
        // A date field takes its parts in the browser's order (en-US: month, day, year), typed as digits.
        await TypeIntoAsync(officer, "#Form_WarrantDate", "06202025");
        await TypeIntoAsync(officer, "#Form_WarrantReference", "JI-2025-0603");
        Assert.Equal("F", await officer.InputValueAsync("#Form_Sex"));
        Assert.Equal("Prosecution", await officer.InputValueAsync("#Form_WantedFor"));
        Assert.Equal("2025-06-20", await officer.InputValueAsync("#Form_WarrantDate"));
        await Accessibility.AssertAxeCleanAsync(officer, "the filled-in notice form");

        await TabToAsync(officer, "[data-testid=submit]");
        await officer.Keyboard.PressAsync("Enter");
        try
        {
            await officer.WaitForURLAsync(u => !u.Contains("/Notices/New", StringComparison.Ordinal), new() { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            // Still on the form: the assertion below says what it answered.
        }

        Assert.True(await officer.Locator("[data-testid=status]").CountAsync() > 0, "the notice was not filed: " + await officer.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('.field-error, .input-validation-error')].map(e => (e.id || e.getAttribute('data-valmsg-for')) + ': ' + (e.value ?? e.textContent)).join(' | ')"));
        Assert.Equal("Under review", await officer.InnerTextAsync("[data-testid=status]"));
        await Accessibility.AssertAxeCleanAsync(officer, "the filed notice");
        await officer.Context.CloseAsync();

        var reviewer = await RoleTour.OpenAsync(browser, RoleTour.Reviewer, "en", 1366, 768);
        await reviewer.GotoAsync("/Notices?status=UnderReview");
        var href = await reviewer.Locator($"[data-testid=requests] tr:has-text('{Family}') a").First.GetAttributeAsync("href");
        await TabToAsync(reviewer, $"[data-testid=requests] a[href='{href}']", max: 250);
        await reviewer.Keyboard.PressAsync("Enter");
        await reviewer.Locator("[data-testid=decision]").WaitForAsync();
        await TypeIntoAsync(reviewer, "[data-testid=decision]", "Publish");
        Assert.Equal("Publish", await reviewer.InputValueAsync("[data-testid=decision]"));
        await TypeIntoAsync(reviewer, "[data-testid=review-reason]", "Concrete facts, a judge's warrant and a serious ordinary-law crime.");
        await TabToAsync(reviewer, "[data-testid=review-submit]");
        await reviewer.Keyboard.PressAsync("Enter");

        // The confirmation step: read, then confirmed with Space on its button.
        await reviewer.Locator("[data-testid=confirmation]").WaitForAsync();
        Assert.Contains("You are about to PUBLISH", await reviewer.InnerTextAsync("[data-testid=confirmation]"), StringComparison.Ordinal);
        await Accessibility.AssertAxeCleanAsync(reviewer, "the review's confirmation step");
        await TabToAsync(reviewer, "[data-testid=confirm]");
        await reviewer.Keyboard.PressAsync("Space");
        await reviewer.WaitForLoadStateAsync();
        await reviewer.Locator("[data-testid=status]").WaitForAsync();
        var status = await reviewer.InnerTextAsync("[data-testid=status]");
        Assert.NotEqual("Under review", status);
        await Accessibility.AssertAxeCleanAsync(reviewer, "the decided notice");
        await reviewer.Context.CloseAsync();
    }

    [Fact]
    public async Task Delegation_VotesInTheBooth_WithTheKeyboardOnly_AndTheReceiptIsAnnounced()
    {
        var election = await RoleTour.OpenElectionAsync(browser);
        var page = await RoleTour.OpenAsync(browser, RoleTour.Delegation, "en", 390, 844);
        await page.GotoAsync($"/Elections/{election}/Vote/1");
        await page.Locator("[data-testid=cast]:not([disabled])").WaitForAsync(new() { Timeout = 30000 });
        await Accessibility.AssertAxeCleanAsync(page, "the booth");

        // Nothing is chosen for the delegation: Tab lands on the group's first radio, and Space chooses it.
        await TabToAsync(page, "#booth input[type=radio]");
        await page.Keyboard.PressAsync("Space");
        var chosen = await page.EvaluateAsync<string>("() => document.querySelector('#booth input[name=choice]:checked').closest('label').textContent.trim()");
        Assert.Equal("Ana Lima (Brazil)", chosen);

        // The delegation types its printed credential (issue #17): keys only.
        await TabToAsync(page, "[data-testid=credential-text]");
        await page.Keyboard.TypeAsync(RoleTour.PrintedCredential(browser, "FR"));

        await TabToAsync(page, "[data-testid=cast]");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=cast-confirm]").WaitForAsync();
        // The question takes the focus: Space on it casts.
        Assert.Equal("cast-confirm-yes", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Accessibility.AssertAxeCleanAsync(page, "the booth's confirmation");
        await page.Keyboard.PressAsync("Space");

        await page.Locator("[data-testid=tracking-code]").WaitForAsync(new() { Timeout = 30000 });
        Assert.Matches("^[0-9a-f]{64}$", await page.InnerTextAsync("[data-testid=tracking-code]"));
        // The receipt is inside a status region that was in the page before it was filled in (so it is announced), and has
        // the focus now that the form is gone.
        Assert.Equal("status", await page.GetAttributeAsync("[data-testid=booth-status]", "role"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('[data-testid=booth-status]').contains(document.getElementById('receipt'))"));
        Assert.Equal("receipt", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Accessibility.AssertAxeCleanAsync(page, "the booth's receipt");
        await page.Context.CloseAsync();
    }
}
