using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FairNotice.Domain;
using FairNotice.Domain.Notices;
using FairNotice.Web.Tests.Features.Languages;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Issue #15 item 1: the notice form's errors are in the page's language (an outsider saw "A Red Notice needs at least
/// the year of birth.", "Use an ISO 3166 alpha-2 code such as FR." on French and Spanish pages), listed in the form's order,
/// each summary line naming its field; the API keeps its English messages byte for byte.</summary>
public abstract partial class NoticeFormLanguageTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    // Every sentence the form's validation can say in English (templates without data, and the start of those with data).
    private static IEnumerable<string> EnglishSentences() =>
        NoticeCheckMessages.Templates.Select(t => t.English.Split('{')[0].Trim()).Where(s => s.Split(' ').Length >= 3)
            .Concat(["Use YYYY, YYYY-MM or YYYY-MM-DD.", "Write each document as", "This field is required."]);

    [Theory]
    [InlineData("fr", "Date de naissance", "Nationalités")]
    [InlineData("es", "Fecha de nacimiento", "Nacionalidades")]
    public async Task EmptyForm_SaysEverythingInThePageLanguage_InTheFormsOrder(string lang, string dateOfBirth, string nationality)
    {
        var html = await PostAsync(lang, new Dictionary<string, string> { ["Form.Sex"] = "U", ["Form.WarrantKind"] = "ArrestWarrant" });
        var summary = Summary().Match(html).Value;

        Assert.NotEmpty(summary);
        AssertNoEnglish(html);
        // Each line names its field, and the lines follow the form: the person before the case, the case before the warrant.
        var links = SummaryLink().Matches(summary).Select(m => (Field: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.Contains(links, l => l.Field == "Form_DateOfBirth" && l.Text.StartsWith(dateOfBirth, StringComparison.Ordinal));
        Assert.Contains(links, l => l.Field == "Form_Nationalities" && l.Text.StartsWith(nationality, StringComparison.Ordinal));
        var order = new[] { "Form_FamilyName", "Form_DateOfBirth", "Form_Nationalities", "Form_SummaryOfFacts", "Form_WantedFor", "Form_Charges", "Form_WarrantAuthority" }
            .Select(f => links.FindIndex(l => l.Field == f)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task BadForm_InSpanish_NamesEachField_AndSaysWhatIsWrong()
    {
        var html = await PostAsync("es", new Dictionary<string, string>
        {
            ["Form.FamilyName"] = "ROUNDS", ["Form.Sex"] = "M", ["Form.DateOfBirth"] = "2031-02-30", ["Form.CountryOfBirth"] = "T1",
            ["Form.Nationalities"] = "Z9", ["Form.Languages"] = "EN", ["Form.HeightCm"] = "-5", ["Form.WeightKg"] = "9999",
            ["Form.SummaryOfFacts"] = "Facts.", ["Form.OffenceDate"] = "2024", ["Form.OffencePlace"] = "Ankara", ["Form.WantedFor"] = "Sentence",
            ["Form.Charges[0].Description"] = "Murder", ["Form.Charges[0].Law"] = "TCK 81", ["Form.Charges[0].MaximumPenaltyMonths"] = "5000",
            ["Form.SentenceImposedMonths"] = "12", ["Form.SentenceRemainingMonths"] = "24",
            ["Form.WarrantKind"] = "ArrestWarrant", ["Form.WarrantAuthority"] = "Ankara court", ["Form.WarrantDate"] = "2099-01-01", ["Form.WarrantReference"] = "2026/1",
        });
        var summary = Summary().Match(html).Value;

        AssertNoEnglish(html);
        Assert.Contains("no es una fecha que exista", summary, StringComparison.Ordinal);
        Assert.Contains("La parte pendiente no puede superar la pena impuesta.", summary, StringComparison.Ordinal);
        Assert.Contains("La fecha del documento judicial es futura.", summary, StringComparison.Ordinal);
        Assert.Contains("La estatura debe estar entre 30 y 272 cm.", summary, StringComparison.Ordinal);
        Assert.Contains("código ISO 639 de tres letras", summary, StringComparison.Ordinal);
        // The two identical ISO 3166 messages say which field each is about.
        var iso = SummaryLink().Matches(summary).Where(m => m.Groups[2].Value.Contains("ISO 3166", StringComparison.Ordinal)).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(2, iso.Count);
        Assert.NotEqual(iso[0], iso[1]);
        Assert.Contains(iso, t => t.StartsWith("País de nacimiento", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DateOfBirthLongAgo_IsRefused_OnThePageAndByTheApi_TheApiInEnglish()
    {
        var html = await PostAsync("fr", new Dictionary<string, string> { ["Form.FamilyName"] = "OLDEST", ["Form.Sex"] = "M", ["Form.DateOfBirth"] = "1850" });
        Assert.Contains("remonte à plus de 120 ans", Summary().Match(html).Value, StringComparison.Ordinal);

        using var ncb = await app.As("ncb.fr" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("OLDESTAPI"))!;
        body["person"]!["dateOfBirth"] = "1850-01-01";
        var response = await ncb.PostAsJsonAsync("/api/notices", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("The date of birth is more than 120 years ago: check the year.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_KeepsTheValidatorsEnglish_ByteForByte()
    {
        var fields = NoticeValidation.Validate(new NoticeContent(NoticeKind.Notice, NoticeColour.Red, new Person(new PersonName("X", null), null, [], "U", null, null, "X1", ["fr"], [], null, ["EN"]),
            new CaseFacts(null, null, null, null, [], 12, 24, null), false, [], false, []), Completeness.Submission, "FR", new DateOnly(2026, 11, 28));

        Assert.Equal(["A Red Notice needs at least the year of birth."], fields["person.dateOfBirth"]);
        Assert.Equal(["Use an ISO 3166 alpha-2 code such as FR."], fields["person.countryOfBirth"]);
        Assert.Equal(["Use a three-letter ISO 639 code such as ENG, FRA or ARA."], fields["person.languages[0]"]);
        Assert.Equal(["The part remaining cannot exceed the sentence imposed."], fields["case.sentenceRemainingMonths"]);
        Assert.Equal(["A Red Notice needs a valid arrest warrant or court decision."], fields["case.warrant"]);
        Assert.Equal(["This field is required."], fields["case.summaryOfFacts"]);
    }

    private static void AssertNoEnglish(string html)
    {
        var text = Tags().Replace(html, " ");
        var english = EnglishSentences().Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(english.Count == 0, $"English on the page: {string.Join(" | ", english)}");
    }

    private async Task<string> PostAsync(string lang, Dictionary<string, string> fields)
    {
        using var ncb = await app.As("ncb.fr" + Demo);
        var token = Token(await ncb.GetStringAsync($"/Notices/New?lang={lang}", TestContext.Current.CancellationToken));
        fields["__RequestVerificationToken"] = token;
        fields["Form.Kind"] = "Notice";
        fields["Form.Colour"] = "Red";
        fields["submit"] = "true";
        using var post = new FormUrlEncodedContent(fields);
        var response = await ncb.PostAsync($"/Notices/New?lang={lang}", post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Data inside a sentence (a number, a date) sit between isolate marks, so that they keep their order in Arabic.
        return Isolates().Replace(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), "");
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"<div class=""error-summary""[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"<a href=""#([^""]+)"">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex SummaryLink();

    [GeneratedRegex("[\u2066-\u2069]")]
    private static partial Regex Isolates();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

public sealed class SqliteNoticeFormLanguageTests(SqliteFixture app) : NoticeFormLanguageTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresNoticeFormLanguageTests(PostgresFixture app) : NoticeFormLanguageTests(app), IClassFixture<PostgresFixture>;
