using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>Issue #15 items 1 and 3: the Commission's forms showed "reason: Say why the request is inadmissible." and
/// "expectedBy: After 2027-08-28." — English, with the API's field name, above the page and not at the field. Now each message
/// is in the page's language, at its field, and the error summary links to that field and names it.</summary>
public abstract partial class CommissionFormLanguageTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task InadmissibleWithoutReasons_InFrench_IsAtTheField_AndLinkedFromTheSummary()
    {
        using var commission = await app.As("commission" + Demo);
        using var anonymous = app.Anonymous();
        var (_, _, id) = await Requests.FileRedressAsync(anonymous, commission, Requests.RedressForm("INADMISSIBLEFR"));

        var html = await PostAsync(commission, id, "Admissible", new() { ["admissible"] = "false", ["Reason"] = "" });

        var summary = Summary().Match(html).Value;
        Assert.Contains("href=\"#Reason\"", summary, StringComparison.Ordinal);
        Assert.Contains("Saisissez les motifs pour lesquels la requête est irrecevable", summary, StringComparison.Ordinal);
        Assert.Matches("<span class=\"field-error\" id=\"Reason-error\"[^>]*>.*Saisissez les motifs", html);
        Assert.Contains("aria-describedby=\"Reason-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("reason:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Say why the request is inadmissible", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineNotAfterTheCurrentOne_InFrench_SaysWhichDate_AtTheDateField()
    {
        using var commission = await app.As("commission" + Demo);
        using var anonymous = app.Anonymous();
        var (_, _, id) = await Requests.FileRedressAsync(anonymous, commission, Requests.RedressForm("DEADLINEFR"));
        var admissible = await commission.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admissible.StatusCode);

        var html = await PostAsync(commission, id, "Deadline", new() { ["ExpectedBy"] = "2026-01-01", ["Reason"] = "Consultation en cours." });
        var summary = Summary().Match(html).Value;
        Assert.Contains("href=\"#ExpectedBy\"", summary, StringComparison.Ordinal);
        Assert.Matches(@"Saisissez une date postérieure au délai en cours \(\d{4}-\d{2}-\d{2}\)", summary);
        Assert.DoesNotContain("expectedBy:", html, StringComparison.Ordinal);

        var empty = await PostAsync(commission, id, "Decide", new() { ["Outcome"] = "CompliantWithUpdate", ["Reason"] = "court" });
        var lines = Summary().Match(empty).Value;
        Assert.Contains("href=\"#DecisionReason\"", lines, StringComparison.Ordinal);
        Assert.Contains("href=\"#Update\"", lines, StringComparison.Ordinal);
        Assert.Contains("20 caractères au moins", lines, StringComparison.Ordinal);
        Assert.Contains("Indiquez ce que le Secrétariat doit mettre à jour", lines, StringComparison.Ordinal);
        Assert.DoesNotContain("A decision gives its reasons", empty, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync($"/Commission/Request/{id}?lang=fr", TestContext.Current.CancellationToken);
        fields["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value;
        using var post = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync($"/Commission/Request/{id}?handler={handler}&lang=fr", post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Isolates().Replace(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), "");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"<div class=""error-summary""[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("[\\u2066-\\u2069]")]
    private static partial Regex Isolates();
}

public sealed class SqliteCommissionFormLanguageTests(SqliteFixture app) : CommissionFormLanguageTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresCommissionFormLanguageTests(PostgresFixture app) : CommissionFormLanguageTests(app), IClassFixture<PostgresFixture>;
