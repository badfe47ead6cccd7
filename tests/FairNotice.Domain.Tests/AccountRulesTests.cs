using FairNotice.Domain.Access;
using FairNotice.Domain.Members;

namespace FairNotice.Domain.Tests;

public class AccountRulesTests
{
    private static AccountRequest Ask(Affiliation affiliation, string? country, params Role[] roles) =>
        new("someone@example.org", "Some One", affiliation, country, roles.ToHashSet());

    // Issue #12: NCB roles need a member country; Secretariat and Commission roles no country; each role belongs to one body.
    public static TheoryData<string, AccountRequest, string?> Cases => new()
    {
        { "NCB officer of a member", Ask(Affiliation.Ncb, "FR", Role.NcbOfficer), null },
        { "NCB officer and supervisor", Ask(Affiliation.Ncb, "de", Role.NcbOfficer, Role.NcbSupervisor), null },
        { "NCB without country", Ask(Affiliation.Ncb, null, Role.NcbOfficer), "country" },
        { "NCB of a non-member", Ask(Affiliation.Ncb, "XX", Role.NcbOfficer), "country" },
        { "Secretariat reviewer", Ask(Affiliation.Secretariat, null, Role.SecretariatReviewer), null },
        { "Secretariat with a country", Ask(Affiliation.Secretariat, "FR", Role.Auditor), "country" },
        { "Commission member", Ask(Affiliation.Commission, null, Role.CommissionMember), null },
        { "Commission with a country", Ask(Affiliation.Commission, "US", Role.CommissionMember), "country" },
        { "NCB holding a reviewer role", Ask(Affiliation.Ncb, "FR", Role.NcbOfficer, Role.SecretariatReviewer), "roles" },
        { "Commission holding an administrator role", Ask(Affiliation.Commission, null, Role.Administrator), "roles" },
        { "no role", Ask(Affiliation.Secretariat, null), "roles" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Request_NamesTheWrongField(string why, AccountRequest request, string? field)
    {
        var error = AccountRules.Check(request);
        if (field is null)
        {
            Assert.True(error is null, why);
        }
        else
        {
            Assert.True(error is not null && error.Fields.ContainsKey(field), why);
        }
    }

    [Theory]
    [InlineData("", "email")]
    [InlineData("no-at-sign", "email")]
    [InlineData("two words@example.org", "email")]
    [InlineData("g\uFFFEz@example.org", "email")]
    [InlineData("a\u0000b@example.org", "email")]
    public void Check_BadEmail_NamesEmail(string email, string field) =>
        Assert.True(AccountRules.Check(new AccountRequest(email, "A", Affiliation.Secretariat, null, new HashSet<Role> { Role.Auditor }))!.Fields.ContainsKey(field));

    [Fact]
    public void IsUsableEmail_LoneSurrogate_False()
    {
        // Built at run time: an attribute's string cannot hold a lone surrogate (it is stored as UTF-8 and comes back U+FFFD).
        Assert.False(AccountRules.IsUsableEmail("lone" + (char)0xD800 + "@example.org"));
        Assert.True(AccountRules.IsUsableEmail("  ncb.fr@demo.fairnotice "));
    }

    [Fact]
    public void Privileged_EveryRoleButTheNcbOnes()
    {
        Assert.False(AccountRules.IsPrivileged([Role.NcbOfficer, Role.NcbSupervisor]));
        Assert.All(Enum.GetValues<Role>().Where(r => AccountRules.AffiliationOf(r) != Affiliation.Ncb), r => Assert.True(AccountRules.IsPrivileged([r]), r.ToString()));
    }

    // ASVS 5.0 6.2.1 (12 minimum), 6.2.4 (common passwords), 6.2.5 (no composition rules), 6.2.9 (64 or more allowed), 6.2.11 (context words).
    public static TheoryData<string, bool> Passwords => new()
    {
        { "plum orchard telescope winter", true },
        { "lowercaseonly", true },
        { new string('z', 64) + " and more", true },
        { "eleven char", false },
        { "1qaz2wsx3edc", false },
        { "1QAZ2WSX3EDC", false },
        { "passwordpassword", false },
        { "my jordan.smith password", false },
        { "Jordan's long passphrase", false },
        { new string('z', 129), false },
        { "Interpol2026!Interpol", false },
        { "FairNotice-France-2026", false },
        { "NcbSupervisor-Lyon-1", false },
        { "example-example-example", false },
        { "plum orchard telescope France", true },
    };

    // ASVS 5.0 6.1.2: the documented list holds the system's and the Organization's names, every role and every member country.
    [Fact]
    public void PasswordContextWords_HoldTheNamesRolesAndCountries()
    {
        foreach (var word in new[] { "FairNotice", "INTERPOL", "NCB", "Secretariat", "SecretariatReviewer", "Administrator", "France", "Argentina", "Lyon" })
        {
            Assert.Contains(word, PasswordContextWords.All, StringComparer.OrdinalIgnoreCase);
        }

        Assert.All(MemberCatalogue.All, m => Assert.Contains(m.Name, PasswordContextWords.All));
    }

    [Theory]
    [MemberData(nameof(Passwords))]
    public void CheckPassword_Table(string password, bool acceptable) =>
        Assert.Equal(acceptable, AccountRules.CheckPassword(password, "jordan.smith@example.org", "Jordan Smith", CommonPasswords.Contains).Count == 0);

    [Fact]
    public void CommonPasswords_HoldAtLeast3000ThatPassTheLengthRule()
    {
        Assert.True(CommonPasswords.Count >= 3000, $"{CommonPasswords.Count}");
        Assert.True(CommonPasswords.Contains("123qweasdzxc"));
        Assert.False(CommonPasswords.Contains("plum orchard telescope winter"));
    }
}
