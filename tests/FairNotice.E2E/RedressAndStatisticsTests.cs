namespace FairNotice.E2E;

public sealed class RedressAndStatisticsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Applicant_FilesWithoutAccount_FollowsIt_AndTheCommissionDeclaresItAdmissible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Redress");
        await page.SelectOptionAsync("[data-testid=redress-type]", "CorrectionDeletion");
        await page.SelectOptionAsync("#Language", "es");
        await page.FillAsync("[data-testid=redress-family]", "NAVARRO");
        await page.FillAsync("[data-testid=redress-forenames]", "Lucía");
        await page.FillAsync("#DateOfBirth", "1984-02-29");
        await page.FillAsync("[data-testid=redress-email]", "lucia.navarro@example.org");
        await page.FillAsync("[data-testid=redress-statement]", "Solicito la supresión de los datos que me conciernen: el caso es político.");
        var pdf = Path.Combine(Path.GetTempPath(), $"id-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, FairNotice.Web.Features.Redress.DemoRedress.OnePagePdf());
        var text = Path.Combine(Path.GetTempPath(), $"statement-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(text, "not really a PDF");

        // A file that only claims to be a PDF is refused, by content; nothing is filed.
        await page.SetInputFilesAsync("[data-testid=redress-id]", pdf);
        await page.SetInputFilesAsync("[data-testid=redress-signed]", text);
        await page.ClickAsync("[data-testid=redress-submit]");
        Assert.Contains("checked by content", await page.InnerTextAsync("span[data-valmsg-for='SignedStatement']"), StringComparison.Ordinal);
        Assert.Equal("NAVARRO", await page.InputValueAsync("[data-testid=redress-family]"));

        await page.SetInputFilesAsync("[data-testid=redress-id]", pdf);
        await page.SetInputFilesAsync("[data-testid=redress-signed]", pdf);
        await page.ClickAsync("[data-testid=redress-submit]");
        await page.Locator("[data-testid=receipt]").WaitForAsync();
        await BrowserFixture.ShotAsync(page, "redress-receipt");
        var number = await page.InnerTextAsync("[data-testid=receipt-number]");
        var code = await page.InnerTextAsync("[data-testid=receipt-code]");
        Assert.Matches(@"^CCF-\d{4}-\d{5}$", number);
        File.Delete(pdf);
        File.Delete(text);

        await page.GotoAsync("/Redress/Status");
        await page.FillAsync("[data-testid=status-number]", number);
        await page.FillAsync("[data-testid=status-code]", code);
        await page.ClickAsync("[data-testid=status-submit]");
        Assert.Equal("Received", await page.InnerTextAsync("[data-testid=status-status]"));

        var ccf = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(ccf, "commission@demo.fairnotice");
        await ccf.GotoAsync("/Commission");
        Assert.Contains("decide admissibility", await ccf.InnerTextAsync($"[data-testid=ccf-requests] tr:has-text('{number}')"), StringComparison.Ordinal);
        await ccf.ClickAsync($"[data-testid=ccf-requests] tr:has-text('{number}') a");
        await ccf.ClickAsync("[data-testid=admissible]");
        await BrowserFixture.ShotAsync(ccf, "commission-file");
        Assert.Equal("Admissible", await ccf.InnerTextAsync("[data-testid=file-status]"));
        Assert.Contains("CCF Statute Art. 40(2)", await ccf.InnerTextAsync("[data-testid=file-deadlines]"), StringComparison.Ordinal);

        await page.GotoAsync("/Redress/Status");
        await page.FillAsync("[data-testid=status-number]", number);
        await page.FillAsync("[data-testid=status-code]", code);
        await page.ClickAsync("[data-testid=status-submit]");
        Assert.Equal("Admissible", await page.InnerTextAsync("[data-testid=status-status]"));
    }

    [Fact]
    public async Task StatisticsPage_ShowsChartsAndTables_WithoutJavaScript_AndSuppressesSmallCells()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Statistics");
        await BrowserFixture.ShotAtWidthsAsync(page, "statistics");
        foreach (var chart in new[] { "chart-outcomes", "chart-long-term", "chart-refusals" })
        {
            var src = await page.GetAttributeAsync($"[data-testid={chart}]", "src");
            var response = await page.APIRequest.GetAsync(src!);
            Assert.Equal(200, response.Status);
            Assert.Contains("<svg", await response.TextAsync(), StringComparison.Ordinal);
        }

        var byYear = await page.InnerTextAsync("[data-testid=table-by-year]");
        Assert.Contains("<5", byYear, StringComparison.Ordinal);
        // Written the page's way (grouped by thousands in English); the download keeps the plain figure.
        Assert.Contains("15,548", await page.InnerTextAsync("[data-testid=table-published-totals]"), StringComparison.Ordinal);
        var csv = await page.APIRequest.GetAsync((await page.GetAttributeAsync("[data-testid=csv-member-indicators]", "href"))!);
        Assert.StartsWith("rank,member,requests,refused,refusal rate", await csv.TextAsync(), StringComparison.Ordinal);
    }
}
