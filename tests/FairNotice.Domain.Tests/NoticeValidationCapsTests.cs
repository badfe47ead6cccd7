using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

/// <summary>Every list in a request has a cap: one message naming the list, never one per item (issue #12: a 23.5 MB
/// draft slowed the whole API).</summary>
public class NoticeValidationCapsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static List<T> Many<T>(int n, Func<int, T> item) => [.. Enumerable.Range(0, n).Select(item)];

    public static TheoryData<string, int, Func<NoticeContent, int, NoticeContent>> Lists => new()
    {
        { "person.aliases", NoticeValidation.MaxAliases, (c, n) => c with { Person = c.Person with { Aliases = Many(n, i => new PersonName($"ALIAS{i}", "X")) } } },
        { "person.nationalities", NoticeValidation.MaxNationalities, (c, n) => c with { Person = c.Person with { Nationalities = Many(n, _ => "FR") } } },
        { "person.identityDocuments", NoticeValidation.MaxIdentityDocuments,
            (c, n) => c with { Person = c.Person with { IdentityDocuments = Many(n, i => new IdentityDocument("Passport", $"P{i}", "FR")) } } },
        { "person.languages", NoticeValidation.MaxLanguages, (c, n) => c with { Person = c.Person with { Languages = Many(n, _ => "FRA") } } },
        { "case.charges", NoticeValidation.MaxCharges, (c, n) => c with { Case = c.Case with { Charges = Many(n, _ => new Charge("Fraud", "Art. 1", 60)) } } },
        { "restrictedCountries", NoticeValidation.MaxCountries, (c, n) => c with { RestrictedCountries = Many(n, _ => "XX") } },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Validate_ListOneOverItsCap_OneMessageNamingTheList(string field, int cap, Func<NoticeContent, int, NoticeContent> withList)
    {
        var over = withList(NoticeValidationTests.CompleteRed(), cap + 1);
        var errors = NoticeValidation.Validate(over, Completeness.Draft, "DE", Today);
        var message = Assert.Single(errors[field]);
        Assert.StartsWith($"At most {cap} ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(errors.Keys, k => k.StartsWith(field + "[", StringComparison.Ordinal));
        Assert.True(NoticeValidation.Caps(over).ContainsKey(field));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Caps_ListAtItsCap_Accepted(string field, int cap, Func<NoticeContent, int, NoticeContent> withList) =>
        Assert.False(NoticeValidation.Caps(withList(NoticeValidationTests.CompleteRed(), cap)).ContainsKey(field));

    [Fact]
    public void Validate_HugeList_CostsOneMessage()
    {
        var huge = NoticeValidationTests.CompleteRed() with { RestrictedCountries = Many(200_000, _ => "??"), Kind = NoticeKind.Diffusion, Addressees = Many(200_000, _ => "??") };
        var errors = NoticeValidation.Validate(huge, Completeness.Draft, "FR", Today);
        Assert.Equal(2, errors.Keys.Count(k => k is "restrictedCountries" or "addressees"));
        Assert.True(errors.Values.Sum(v => v.Length) < 10);
    }
}
