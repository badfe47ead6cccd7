using System.Globalization;
using System.Net;
using FairNotice.Web.Features.Languages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 item 1: the demo accounts' role names ("Secretariat reviewer", "NCB Paris officer") read in the page's
/// language in the header, the queue and the history; a person's name stays as written.</summary>
public sealed class AccountNamesTests
{
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    [Theory]
    [InlineData("ar", "Secretariat reviewer", "مراجع الأمانة العامة")]
    [InlineData("es", "Second Secretariat reviewer", "Segundo revisor de la Secretaría")]
    [InlineData("fr", "NCB Paris officer", "Agent du BCN Paris")]
    [InlineData("es", "NCB Washington supervisor", "Supervisor de la OCN Washington")]
    [InlineData("en", "NCB Paris officer", "NCB Paris officer")]
    [InlineData("fr", "Marie Dupont", "Marie Dupont")]
    public void DemoRoleNames_ReadInThePageLanguage_PersonsNamesAsWritten(string culture, string name, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(expected, L.AccountName(name));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

public abstract class AccountNameHeaderTests(AppFixture app)
{
    [Theory]
    [InlineData("reviewer", "es", "Revisor de la Secretaría")]
    [InlineData("ncb.fr", "fr", "Agent du BCN Paris")]
    [InlineData("elections", "ar", "مسؤول الانتخابات")]
    public async Task Header_NamesTheDemoAccount_InThePageLanguage(string account, string lang, string expected)
    {
        using var client = await app.As(account + "@demo.fairnotice");

        var response = await client.GetAsync($"/?lang={lang}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<bdi>{expected}</bdi>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }
}

public sealed class SqliteAccountNameHeaderTests(SqliteFixture app) : AccountNameHeaderTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresAccountNameHeaderTests(PostgresFixture app) : AccountNameHeaderTests(app), IClassFixture<PostgresFixture>;
