using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #12 item 4: every page of the demo loads under the strict Content-Security-Policy (no inline script or
/// style) without a single violation reported in Chromium's console, with JavaScript on so that a blocked inline script
/// would show.</summary>
public sealed partial class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MainPages_UnderTheCsp_ReportNoViolation()
    {
        var violations = new List<string>();
        var visited = new List<string>();

        async Task<IPage> PageAs(string? email)
        {
            var page = await browser.NewPageAsync(javaScript: true);
            page.Console += (_, m) =>
            {
                if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
                {
                    violations.Add($"{page.Url}: {m.Text}");
                }
            };
            page.PageError += (_, e) => violations.Add($"{page.Url}: page error {e}");
            if (email is not null)
            {
                await BrowserFixture.LoginAsync(page, email);
            }

            // Violations are also delivered as DOM events; count them in the page and read the count after each visit.
            await page.Context.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
            return page;
        }

        async Task Visit(IPage page, string path)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var v in await page.EvaluateAsync<string[]>("window.__csp || []"))
            {
                violations.Add($"{path}: {v}");
            }

            visited.Add(path);
        }

        async Task<string> FirstLink(IPage page, string listPath, Regex pattern)
        {
            await page.GotoAsync(listPath);
            foreach (var href in await page.Locator("a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))"))
            {
                if (pattern.IsMatch(href))
                {
                    return href;
                }
            }

            throw new InvalidOperationException($"No link matching {pattern} on {listPath}.");
        }

        var anonymous = await PageAs(null);
        foreach (var path in new[] { "/Account/Login", "/Redress", "/Redress?lang=ar", "/Redress/Status", "/Statistics", "/scalar/", "/no-such-page-404" })
        {
            if (path.Contains("404", StringComparison.Ordinal))
            {
                await anonymous.GotoAsync(path);
                continue;
            }

            await Visit(anonymous, path);
            if (path == "/scalar/")
            {
                // The API reference renders its operations under its own policy (hash-pinned boot script, see ADR).
                await anonymous.GetByText("Notices", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 15_000 });
            }
        }

        var reviewer = await PageAs("reviewer@demo.fairnotice");
        foreach (var path in new[] { "/", "/Notices", "/Notices?status=UnderReview", "/Members", "/Screening" })
        {
            await Visit(reviewer, path);
        }

        await Visit(reviewer, await FirstLink(reviewer, "/Notices", NoticeLink()));
        await Visit(reviewer, await FirstLink(reviewer, "/Notices?status=UnderReview", NoticeLink()));

        var officer = await PageAs("ncb.de@demo.fairnotice");
        await Visit(officer, "/Notices/New");
        await Visit(officer, "/Screening");
        await officer.FillAsync("[data-testid=screen-name]", "DUPONT Marc");
        await officer.FillAsync("[data-testid=screen-purpose]", "border check");
        await officer.CheckAsync("[data-testid=screen-explain]");
        await officer.ClickAsync("[data-testid=screen-submit]");
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Visit(officer, await FirstLink(officer, "/Notices?scope=received", NoticeLink()));

        var commission = await PageAs("commission@demo.fairnotice");
        await Visit(commission, "/Commission");
        await Visit(commission, "/Registry");
        await Visit(commission, await FirstLink(commission, "/Commission", CommissionLink()));

        var auditor = await PageAs("auditor@demo.fairnotice");
        await Visit(auditor, "/Audit");

        var elections = await PageAs("elections@demo.fairnotice");
        await Visit(elections, "/Elections");
        if (await elections.Locator("a[href^='/Elections/']").CountAsync() > 0)
        {
            await Visit(elections, await FirstLink(elections, "/Elections", ElectionLink()));
        }

        Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join('\n', violations));
        Assert.True(visited.Count >= 18, string.Join(", ", visited));
    }

    [GeneratedRegex("^/Notices/[0-9a-f-]{36}$")]
    private static partial Regex NoticeLink();

    [GeneratedRegex("^/Commission/Request/[0-9a-f-]{36}$")]
    private static partial Regex CommissionLink();

    [GeneratedRegex("^/Elections/[^/?]+$")]
    private static partial Regex ElectionLink();
}
