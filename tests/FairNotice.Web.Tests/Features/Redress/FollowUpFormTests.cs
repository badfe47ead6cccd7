using System.Net;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>Issue #15 (an outsider's walk): the follow-up form sent with a field left empty said "No request matches"; it now
/// says which field is missing, in the GOV.UK pattern (a summary linking to each field, each message tied to its field),
/// in the page's language, and keeps what was typed. Run on SQLite and PostgreSQL.</summary>
public abstract partial class FollowUpFormTests(AppFixture app)
{
    [Theory]
    [InlineData("en", "There is a problem", "Enter the request number", "Enter the private follow-up code")]
    [InlineData("ar", "توجد مشكلة", "أدخل رقم الطلب", "أدخل رمز المتابعة السري")]
    public async Task Empty_NamesBothFields_InTheSummaryAndAtEachField(string lang, string title, string number, string code)
    {
        using var anon = app.Anonymous();
        var html = await PostAsync(anon, lang, number: "", code: "");

        Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
        var summary = Summary().Match(html).Value;
        Assert.Contains(title, summary, StringComparison.Ordinal);
        Assert.Matches($"<a href=\"#Number\">{Regex.Escape(number)}", summary);
        Assert.Matches($"<a href=\"#Code\">{Regex.Escape(code)}", summary);
        Assert.DoesNotContain("No request matches", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Number-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Code-error\"", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*aria-describedby=\"Number-error\"[^>]*aria-invalid=\"true\"|<input[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"Number-error\"", html);
        Assert.DoesNotContain("data-testid=\"status-view\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeOnly_AsksForTheNumber_AndKeepsTheCode()
    {
        using var anon = app.Anonymous();
        var html = await PostAsync(anon, "en", number: " ", code: "KEEP-ME-1234");

        var summary = Summary().Match(html).Value;
        Assert.Contains("href=\"#Number\"", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#Code\"", summary, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*type=\"password\"[^>]*value=\"KEEP-ME-1234\"|<input[^>]*value=\"KEEP-ME-1234\"[^>]*type=\"password\"", html);
    }

    [Fact]
    public async Task NumberOnly_AsksForTheCode_AndKeepsTheNumber()
    {
        using var anon = app.Anonymous();
        var html = await PostAsync(anon, "fr", number: "CCF-2026-04242", code: "");

        var summary = Summary().Match(html).Value;
        Assert.Contains("href=\"#Code\"", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#Number\"", summary, StringComparison.Ordinal);
        Assert.Contains("Saisissez le code de suivi confidentiel", summary, StringComparison.Ordinal);
        Assert.Contains("value=\"CCF-2026-04242\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothGivenButWrong_StillSaysNoRequestMatches_AndDoesNotShowTheCodeBack()
    {
        using var anon = app.Anonymous();
        var html = await PostAsync(anon, "en", number: "CCF-1999-00001", code: "WRONG-CODE-9876");

        Assert.Contains("No request matches this number and follow-up code.", Summary().Match(html).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("WRONG-CODE-9876", html, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient anon, string lang, string number, string code)
    {
        var form = await anon.GetStringAsync($"/Redress/Status?lang={lang}");
        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(form).Groups[1].Value, ["Number"] = number, ["Code"] = code,
        });
        var response = await anon.PostAsync($"/Redress/Status?lang={lang}", post);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"<div class=""error-summary""[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteFollowUpFormTests(SqliteFixture app) : FollowUpFormTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresFollowUpFormTests(PostgresFixture app) : FollowUpFormTests(app);
