using System.Net;
using System.Text.Json;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 item 1: a reviewer reading a request in Arabic or French reads the engine's findings in that language,
/// with the request's own data (a number of months, a year) inside the sentence, isolated left to right.</summary>
public sealed class FindingsPageLanguageTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private const string Demo = "@demo.fairnotice";

    [Theory]
    [InlineData("ar", "rtl", "وأعلى حد أقصى مذكور هو <bdi dir=\"ltr\">12</bdi> شهراً.", "تعود الوقائع إلى عام <bdi dir=\"ltr\">1995</bdi>، أي قبل المذكرة بـ<bdi dir=\"ltr\">26</bdi> سنة", "«<bdi>1995-03</bdi>»")]
    [InlineData("fr", "ltr", "la peine maximale la plus élevée indiquée est de <bdi dir=\"ltr\">12</bdi> mois.", "Les faits datent de <bdi dir=\"ltr\">1995</bdi>, <bdi dir=\"ltr\">26</bdi> ans avant le mandat", "« <bdi>1995-03</bdi> »")]
    public async Task Assessment_InThePageLanguage_WithTheDataInside(string culture, string dir, string penalty, string oldFacts, string evidence)
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var body = JsonSerializer.SerializeToNode(Requests.RedNotice("LANGUE" + culture.ToUpperInvariant(), submit: true))!;
        body["case"]!["offenceDate"] = "1995-03";
        body["case"]!["charges"]![0]!["maximumPenaltyMonths"] = 12;
        var id = await Requests.CreateAsync(fr, body);

        var response = await reviewer.GetAsync($"/Notices/{id}?lang={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains(penalty, html, StringComparison.Ordinal);
        Assert.Contains(oldFacts, html, StringComparison.Ordinal);
        // The phrase the finding rests on, quoted as the language quotes and isolated.
        Assert.Contains(evidence, html, StringComparison.Ordinal);
        Assert.DoesNotContain("the highest maximum given is", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "قيداً، و")]
    [InlineData("fr", "entrées")]
    public async Task AuditVerdict_InThePageLanguage(string culture, string words)
    {
        using var auditor = await app.As("auditor" + Demo);

        var html = WebUtility.HtmlDecode(await auditor.GetStringAsync($"/Audit?verify=true&lang={culture}"));

        Assert.Matches($"<bdi dir=\"ltr\">[0-9]+</bdi> {System.Text.RegularExpressions.Regex.Escape(words)}", html);
        Assert.DoesNotContain(" entries, ", html, StringComparison.Ordinal);
    }
}
