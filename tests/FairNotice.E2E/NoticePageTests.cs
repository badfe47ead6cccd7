using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>The notice page in its fullest state — a request with the automated check's findings, a four-eyes history and
/// the requester's warrant and charge — read by the requesting NCB and by a reviewer, in English and in Arabic, on a
/// phone and a desktop (the outside tester's report on issue #15: the page was 436 px wide on a 390 px phone, and Latin data
/// came out scrambled inside Arabic sentences).</summary>
public sealed class NoticePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly TourRole NcbChina = new("ncb-cn", "ncb.cn@demo.fairnotice");

    public static TheoryData<string, string, int> RolesLanguagesAndWidths()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var role in new[] { RoleTour.Reviewer.Name, NcbChina.Name })
        {
            foreach (var culture in new[] { "en", "ar" })
            {
                foreach (var width in new[] { 390, 1366 })
                {
                    data.Add(role, culture, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesLanguagesAndWidths))]
    public async Task ARequestWithFindingsAndHistory_FitsTheScreen_AndIsolatesItsLatinData(string roleName, string culture, int width)
    {
        var role = roleName == NcbChina.Name ? NcbChina : RoleTour.Reviewer;
        var page = await RoleTour.OpenAsync(browser, role, culture, width, 844);
        var url = await RoleTour.RequestWithFindingsAndHistoryAsync(page);
        await page.GotoAsync(url);
        await BrowserFixture.ShotAsync(page, $"notice-{roleName}-{culture}-{width}");

        Assert.Null(await Accessibility.OverflowAsync(page));

        // Each part of a charge on its own line, the law isolated left to right; the warrant's authority, date and
        // reference each isolated; the reason of every history row isolated.
        var charge = page.Locator("[data-testid=charge]").First;
        Assert.Equal(3, await charge.Locator(":scope > div").CountAsync() - (await charge.Locator("[data-testid=offence-class]").CountAsync()));
        Assert.Equal("ltr", await charge.Locator("bdi").First.GetAttributeAsync("dir"));
        var warrant = page.Locator("[data-testid=warrant] bdi");
        Assert.Equal(3, await warrant.CountAsync());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", await warrant.Nth(1).InnerTextAsync());
        Assert.All(await page.Locator("[data-testid=history] tbody tr").AllAsync(), row => Assert.True(row.Locator("bdi").CountAsync().Result >= 2));

        // The history in the page's words: no stored action names, no "[Article3]", no English around an Arabic page; a
        // reviewer reads which reviewer proposed and which confirmed, the requester reads "Secretariat".
        var history = await page.InnerTextAsync("[data-testid=history]");
        Assert.DoesNotContain("[Article", history, StringComparison.Ordinal);
        Assert.DoesNotContain("ProposeRefuse", history, StringComparison.Ordinal);
        Assert.DoesNotContain("automated check: refuse", history, StringComparison.Ordinal); // the recommendation's label
        if (culture == "ar")
        {
            Assert.DoesNotContain("automated check", history, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("finding(s)", history, StringComparison.Ordinal);
            Assert.DoesNotContain("confirmed", history, StringComparison.Ordinal);
            Assert.DoesNotContain("awaiting", history, StringComparison.Ordinal);
        }

        var actors = await page.Locator("[data-testid=history-actor]").AllInnerTextsAsync();
        if (role == RoleTour.Reviewer)
        {
            Assert.Equal(2, actors.Distinct().Count()); // the proposing and the confirming reviewer, each named
        }
        else
        {
            Assert.Empty(actors);
        }
    }

    [Fact]
    public async Task TheRenewalTile_LeadsToTheNoticesDueForRenewal_NotToEveryPublishedOne()
    {
        var page = await RoleTour.OpenAsync(browser, new TourRole("ncb-tr", "ncb.tr@demo.fairnotice"), "en", 1366, 844);
        await page.GotoAsync("/");
        var tile = page.Locator("[data-testid=tile-renewal]");
        var due = int.Parse(await tile.Locator(".n").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync(await tile.GetAttributeAsync("href") ?? "");
        Assert.Equal(1, await page.Locator("[data-testid=filter-renewal]:checked").CountAsync());
        Assert.EndsWith($"{due} request(s)", (await page.InnerTextAsync("[data-testid=filters]")).Trim(), StringComparison.Ordinal);
        var published = await page.Locator("[data-testid=requests] tbody tr").CountAsync();
        Assert.Equal(Math.Min(due, 50), published);
        foreach (var status in await page.Locator("[data-testid=requests] tbody tr .status.Published, [data-testid=requests] tbody tr .status.Suspended").AllAsync())
        {
            published--;
        }

        Assert.Equal(0, published); // every row in force
        // An officer cannot renew (the supervisor does): the list says so instead of leaving the officer to look for the action.
        Assert.Contains("supervisor", await page.InnerTextAsync("[data-testid=renewal-who]"), StringComparison.Ordinal);
    }
}
