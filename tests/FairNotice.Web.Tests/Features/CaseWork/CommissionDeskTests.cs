using System.Net;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.CaseWork;

/// <summary>Issue #15 item 4: the Commission's desk colours each deadline by urgency, warns in a warning box (never a green
/// "done" box), puts the most urgent first, and filters by number, type, status and urgency. A fixture of its own: the
/// tests move the clock.</summary>
public abstract partial class CommissionDeskTests(AppFixture app)
{
    [Fact]
    public async Task Desk_DueSoonThenOverdue_ColouredWarnedAndFirst_FiltersNarrowIt()
    {
        using var anonymous = app.Anonymous();
        using var ccf = await app.As("commission@demo.fairnotice", fresh: true);
        var older = await Requests.FileRedressAsync(anonymous, ccf, Requests.RedressForm("OLDERDESK"));
        app.Clock.Now = app.Clock.Now.AddDays(20);
        using var ccf2 = await app.As("commission@demo.fairnotice", fresh: true);
        var newer = await Requests.FileRedressAsync(anonymous, ccf2, Requests.RedressForm("NEWERDESK", type: "Access"));

        // Day 20 of the month Art. 32 allows: the older request is due soon, the newer on time.
        var html = await (await ccf2.GetAsync("/Commission")).Content.ReadAsStringAsync();
        Assert.Equal("DueSoon", Urgency(html, older.Number));
        Assert.Equal("OnTime", Urgency(html, newer.Number));
        Assert.Contains("class=\"warning-msg\" role=\"status\" data-testid=\"deadline-warning\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"notice-msg\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(older.Number, StringComparison.Ordinal) < html.IndexOf(newer.Number, StringComparison.Ordinal));

        var dueSoon = await (await ccf2.GetAsync("/Commission?urgency=DueSoon")).Content.ReadAsStringAsync();
        Assert.Contains(older.Number, dueSoon, StringComparison.Ordinal);
        Assert.DoesNotContain(newer.Number, dueSoon, StringComparison.Ordinal);
        var byNumber = await (await ccf2.GetAsync($"/Commission?q={newer.Number}")).Content.ReadAsStringAsync();
        Assert.Contains(newer.Number, byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain(older.Number, byNumber, StringComparison.Ordinal);
        var access = await (await ccf2.GetAsync("/Commission?type=Access")).Content.ReadAsStringAsync();
        Assert.Contains(newer.Number, access, StringComparison.Ordinal);
        Assert.DoesNotContain(older.Number, access, StringComparison.Ordinal);
        // Latest received first, on request.
        var received = await (await ccf2.GetAsync("/Commission?sort=Received")).Content.ReadAsStringAsync();
        Assert.True(received.IndexOf(newer.Number, StringComparison.Ordinal) < received.IndexOf(older.Number, StringComparison.Ordinal));

        // Past the month: overdue, in the red alert box, still first.
        app.Clock.Now = app.Clock.Now.AddDays(15);
        using var ccf3 = await app.As("commission@demo.fairnotice", fresh: true);
        html = await (await ccf3.GetAsync("/Commission")).Content.ReadAsStringAsync();
        Assert.Equal("Overdue", Urgency(html, older.Number));
        Assert.Contains("class=\"alert-msg\" role=\"alert\" data-testid=\"deadline-overdue\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(older.Number, StringComparison.Ordinal) < html.IndexOf(newer.Number, StringComparison.Ordinal));
        var home = await (await ccf3.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Matches("href=\"/Commission\\?urgency=Overdue\"><div class=\"n\" data-testid=\"overdue\">[1-9]", home);
    }

    [Fact]
    public async Task Desk_OnlyTheCommission()
    {
        foreach (var who in new[] { "reviewer", "ncb.fr", "admin" })
        {
            using var other = await app.As($"{who}@demo.fairnotice", fresh: true);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Commission?urgency=Overdue")).StatusCode);
        }

        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Commission")).StatusCode);
    }

    private static string Urgency(string html, string number)
    {
        var row = RowOf().Matches(html).Select(m => m.Value).Single(r => r.Contains(number, StringComparison.Ordinal));
        return UrgencyOf().Match(row).Groups[1].Value;
    }

    [GeneratedRegex("<tr data-testid=\"desk-row\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowOf();

    [GeneratedRegex("data-urgency=\"([A-Za-z]+)\"")]
    private static partial Regex UrgencyOf();
}

public sealed class SqliteCommissionDeskTests(SqliteFixture app) : CommissionDeskTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresCommissionDeskTests(PostgresFixture app) : CommissionDeskTests(app), IClassFixture<PostgresFixture>;
