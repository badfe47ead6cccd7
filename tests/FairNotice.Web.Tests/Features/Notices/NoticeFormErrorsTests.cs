using System.Net;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>The notice form shows every error at once (GOV.UK): an outside tester saw only "Use YYYY, YYYY-MM or YYYY-MM-DD",
/// and the next submit revealed a future date of birth, a future warrant, a bad country code, height −5, weight 9999, a
/// 100,000-character summary and a missing law.</summary>
public sealed partial class NoticeFormErrorsTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task DateThatDoesNotParse_DoesNotHideTheOtherErrors_AndTypedValuesAreKept()
    {
        using var ncb = await app.As("ncb.fr@demo.fairnotice");
        var token = Token(await ncb.GetStringAsync("/Notices/New"));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Kind"] = "Notice", ["Form.Colour"] = "Red", ["Form.FamilyName"] = "ROUNDS", ["Form.Forenames"] = "Ali", ["Form.Sex"] = "M",
            ["Form.DateOfBirth"] = "31/02/1990", ["Form.CountryOfBirth"] = "TR", ["Form.Nationalities"] = "XX, TR",
            ["Form.HeightCm"] = "-5", ["Form.WeightKg"] = "9999", ["Form.SummaryOfFacts"] = new string('x', 100_000),
            ["Form.OffenceDate"] = "2024", ["Form.OffencePlace"] = "Ankara", ["Form.WantedFor"] = "Prosecution",
            ["Form.Charges[0].Description"] = "Murder", ["Form.Charges[0].Law"] = "", ["Form.Charges[0].MaximumPenaltyMonths"] = "240",
            ["Form.WarrantKind"] = "ArrestWarrant", ["Form.WarrantAuthority"] = "Ankara court", ["Form.WarrantDate"] = "2099-01-01", ["Form.WarrantReference"] = "2026/1",
            ["submit"] = "true",
        };
        using var post = new FormUrlEncodedContent(fields);
        var response = await ncb.PostAsync("/Notices/New", post);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var summary = Summary().Match(html).Value;
        Assert.Contains("Use YYYY, YYYY-MM or YYYY-MM-DD", summary, StringComparison.Ordinal);
        foreach (var field in new[] { "Form_DateOfBirth", "Form_Nationalities", "Form_HeightCm", "Form_WeightKg", "Form_SummaryOfFacts", "Form_WarrantDate", "Form_Charges_0__Law" })
        {
            Assert.Contains($"href=\"#{field}\"", summary, StringComparison.Ordinal);
        }

        Assert.Contains("“XX” is not a country code (ISO 3166)", summary, StringComparison.Ordinal);
        // The date that did not parse keeps its own message, not also "needs at least the year of birth".
        Assert.DoesNotContain("needs at least the year of birth", summary, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/1990\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"XX, TR\"", html, StringComparison.Ordinal);
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"<div class=""error-summary""[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();
}
