using System.Net;
using System.Text.RegularExpressions;
using FairNotice.Web.Features.Redress;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>Issue #15 item 3: the public form sent back for correction follows the GOV.UK error pattern in the reader's
/// language, keeps what was typed, and keeps the documents already sent so they are not chosen again.</summary>
public sealed partial class RedressFormErrorsTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("en", "There is a problem")]
    [InlineData("ar", "توجد مشكلة")]
    public async Task FormWithErrors_ShowsALinkedSummary_TiesEachMessageToItsField_AndKeepsTheDocuments(string lang, string title)
    {
        using var anon = app.Anonymous();
        var token = Token(await anon.GetStringAsync($"/Redress?lang={lang}"));

        // No family name and a statement too short: two field errors; both documents attached.
        var html = await PostAsync(anon, lang, token, family: "", statement: "Too short.", withFiles: true);

        Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
        var summary = Summary().Match(html);
        Assert.True(summary.Success, "no error summary");
        Assert.Contains(title, WebUtility.HtmlDecode(summary.Value), StringComparison.Ordinal);
        Assert.Contains("tabindex=\"-1\"", summary.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"#FamilyName\"", summary.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"#Statement\"", summary.Value, StringComparison.Ordinal);
        // Each field points at its message, which exists with that id and says "Error:" to a screen reader.
        Assert.Matches("<input[^>]*aria-describedby=\"FamilyName-error\"[^>]*aria-invalid=\"true\"|<input[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"FamilyName-error\"", html);
        Assert.Contains("id=\"FamilyName-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Statement-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>" + (lang == "ar" ? "خطأ:" : "Error:"), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // What was typed is kept; the documents are held and named.
        Assert.Contains("value=\"applicant@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("passport.pdf", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"held-identityDocument\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"held-signedStatement\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"held-powerOfAttorney\"", html, StringComparison.Ordinal);

        // Corrected, without choosing the files again: filed, with the documents held.
        var held = Held().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(2, held.Count);
        var filed = await PostAsync(anon, lang, Token(html), family: "HELD", statement: "Je demande l'accès aux données me concernant, s'il y en a.", withFiles: false, held);

        Assert.Contains("data-testid=\"receipt\"", filed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filed_TheAnswerIsARedirection_AReloadShowsTheSameReceipt_AndASecondPostDoesNotFileTwice()
    {
        // An outside tester reloaded the receipt page: the browser posted the form again and a second request was filed,
        // with another number and code.
        using var anon = app.Anonymous();
        var form = await anon.GetStringAsync("/Redress?lang=fr");
        var key = SubmissionKey().Match(form).Groups[1].Value;
        Assert.Equal(22, key.Length);

        var first = await PostRawAsync(anon, "fr", Token(form), family: "RELOADO", statement: "Je demande l'accès aux données me concernant, s'il y en a.", withFiles: true, submissionKey: key);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/Redress/Filed", first.Headers.Location?.OriginalString);
        var receipt = await anon.GetStringAsync("/Redress/Filed?lang=fr");
        var number = ReceiptNumber().Match(receipt).Groups[1].Value;
        Assert.StartsWith("CCF-", number, StringComparison.Ordinal);
        // A reload of the receipt is a GET: the same receipt, nothing filed.
        Assert.Equal(number, ReceiptNumber().Match(await anon.GetStringAsync("/Redress/Filed?lang=fr")).Groups[1].Value);

        // The same form posted again (a second click, or a browser that re-posts): the same request, not a second one.
        var again = await PostRawAsync(anon, "fr", Token(form), family: "RELOADO", statement: "Je demande l'accès aux données me concernant, s'il y en a.", withFiles: true, submissionKey: key);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(number, ReceiptNumber().Match(await anon.GetStringAsync("/Redress/Filed?lang=fr")).Groups[1].Value);
        Assert.Equal(1, await app.WithDb(db => db.RedressRequests.CountAsync(r => r.FamilyName == "RELOADO")));

        // The same form changed and sent again (back, edit, send) is another request.
        var edited = await PostRawAsync(anon, "fr", Token(form), family: "RELOADOBIS", statement: "Je demande l'accès aux données me concernant, s'il y en a.", withFiles: true, submissionKey: key);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.NotEqual(number, ReceiptNumber().Match(await anon.GetStringAsync("/Redress/Filed?lang=fr")).Groups[1].Value);
        Assert.Equal(1, await app.WithDb(db => db.RedressRequests.CountAsync(r => r.FamilyName == "RELOADOBIS")));

        // Another browser (no cookie) has no receipt to show, and says where to follow a request.
        using var other = app.Anonymous();
        var none = await other.GetStringAsync("/Redress/Filed?lang=fr");
        Assert.Contains("data-testid=\"receipt-gone\"", none, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"receipt-code\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileTooLarge_DoesNotHideTheOtherErrors_AndAFakePdfIsRefusedAtOnce()
    {
        // An outside tester: a file over 5 MiB hid every other error, and a fake PDF was shown as "You already attached
        // evil.pdf", then refused on the next post as "not a readable PDF".
        using var anon = app.Anonymous();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(await anon.GetStringAsync("/Redress"))), "__RequestVerificationToken" },
            { new StringContent("Access"), "Type" },
            { new StringContent("en"), "Language" },
            { new StringContent("KAYA"), "FamilyName" },
            { new StringContent("Elif"), "Forenames" },
            { new StringContent("31/02/1990"), "DateOfBirth" },
            { new StringContent("XX"), "Nationality" },
            { new StringContent("not-an-email"), "ContactEmail" },
            { new StringContent("Too short."), "Statement" },
            { new ByteArrayContent("%PDF-1.7 this is not a PDF at all"u8.ToArray()), "IdentityDocument", "evil.pdf" },
            { new ByteArrayContent(new byte[(5 * 1024 * 1024) + 1]), "SignedStatement", "big.pdf" },
        };
        var response = await anon.PostAsync("/Redress?lang=en", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var summary = Summary().Match(html).Value;
        foreach (var field in new[] { "SignedStatement", "IdentityDocument", "DateOfBirth", "Nationality", "ContactEmail", "Statement" })
        {
            Assert.True(summary.Contains($"href=\"#{field}\"", StringComparison.Ordinal), $"{field} not in {summary}");
        }

        // In the form's order, not the order the checks ran (an outside tester found the forenames listed before the family name).
        var at = new[] { "DateOfBirth", "Nationality", "ContactEmail", "Statement", "IdentityDocument", "SignedStatement" }
            .Select(f => summary.IndexOf($"href=\"#{f}\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(at.Order().ToList(), at);
        Assert.Contains("At most 5 MiB", summary, StringComparison.Ordinal);
        // The oversized file has its own error, not also "attach the signed statement".
        Assert.DoesNotContain("Attach the signed statement", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"held-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.pdf", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldDocument_WorksOnce()
    {
        using var anon = app.Anonymous();
        var first = await PostAsync(anon, "en", Token(await anon.GetStringAsync("/Redress")), family: "", statement: "Too short.", withFiles: true);
        var held = Held().Matches(first).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.NotEmpty(held);

        // The second post takes the documents back out (and holds them again under new tokens when it fails too)...
        var second = await PostAsync(anon, "en", Token(first), family: "", statement: "Too short.", withFiles: false, held);
        var again = Held().Matches(second).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(held.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(again.Values, held.Values.Contains);

        // ...so replaying the first tokens finds nothing: the page asks for the documents.
        var replay = await PostAsync(anon, "en", Token(second), family: "", statement: "Too short.", withFiles: false, held);
        Assert.DoesNotContain("data-testid=\"held-", replay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_Empty_InFrench_SaysWhatToEnter_NotTheFieldName()
    {
        using var anon = app.Anonymous();
        var form = await anon.GetStringAsync("/Account/Login?lang=fr");
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(form), ["Email"] = "", ["Password"] = "" });

        var html = WebUtility.HtmlDecode(await (await anon.PostAsync("/Account/Login?lang=fr", post)).Content.ReadAsStringAsync());

        var summary = Summary().Match(html).Value;
        Assert.Contains("Il y a un problème", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#Email\"", summary, StringComparison.Ordinal);
        Assert.Contains("Saisissez votre adresse électronique", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter your", summary, StringComparison.Ordinal);
        Assert.Matches("id=\"Email-error\"[^>]*>.*Saisissez votre adresse électronique", html);
    }

    private static async Task<string> PostAsync(HttpClient anon, string lang, string token, string family, string statement, bool withFiles,
        Dictionary<string, string>? held = null)
    {
        var response = await PostRawAsync(anon, lang, token, family, statement, withFiles, held);
        // Filed: the answer redirects to the receipt, shown from the temporary-data cookie this client keeps.
        return response.StatusCode == HttpStatusCode.Redirect
            ? await anon.GetStringAsync(response.Headers.Location!.OriginalString + $"?lang={lang}")
            : await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient anon, string lang, string token, string family, string statement, bool withFiles,
        Dictionary<string, string>? held = null, string? submissionKey = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Access"), "Type" },
            { new StringContent("fr"), "Language" },
            { new StringContent(family), "FamilyName" },
            { new StringContent("Marc"), "Forenames" },
            { new StringContent("applicant@example.org"), "ContactEmail" },
            { new StringContent(statement), "Statement" },
        };
        if (withFiles)
        {
            form.Add(new ByteArrayContent(Requests.Pdf), "IdentityDocument", "passport.pdf");
            form.Add(new ByteArrayContent(Requests.Pdf), "SignedStatement", "statement.pdf");
        }

        foreach (var (kind, value) in held ?? [])
        {
            form.Add(new StringContent(value), $"Held[{kind}]");
        }

        if (submissionKey is not null)
        {
            form.Add(new StringContent(submissionKey), "SubmissionKey");
        }

        return await anon.PostAsync($"/Redress?lang={lang}", form);
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"<div class=""error-summary""[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"id=""SubmissionKey"" name=""SubmissionKey"" value=""([^""]+)""")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex(@"data-testid=""receipt-number""><bdi>([^<]+)</bdi>")]
    private static partial Regex ReceiptNumber();

    [GeneratedRegex(@"name=""Held\[(\w+)\]"" value=""([^""]+)""")]
    private static partial Regex Held();
}
