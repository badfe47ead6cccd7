using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Features.Redress;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Follow-up codes of at least 128 bits, stored salted and slow; codes issued before (80 bits, unsalted SHA-256) still work
/// and leave the old form at their first use.</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class FollowUpCodeTests(SecureHostFixture fixture)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private AppFixture App => fixture.App;

    [Fact]
    public void New_HasAtLeast128BitsInTypeableGroups()
    {
        var code = FollowUpCodes.New();

        var groups = code.Split('-');
        Assert.All(groups, g => Assert.Equal(4, g.Length));
        var symbols = string.Concat(groups);
        Assert.All(symbols, c => Assert.Contains(c, Alphabet));
        Assert.True(symbols.Length * Math.Log2(Alphabet.Length) >= 128, $"{symbols.Length} symbols");
        Assert.NotEqual(code, FollowUpCodes.New());
    }

    [Fact]
    public void Hash_IsSaltedAndNotThePlainDigest_AndAcceptsTheCodeAsTyped()
    {
        var code = FollowUpCodes.New();

        var (first, second) = (FollowUpCodes.Hash(code), FollowUpCodes.Hash(code));

        Assert.NotEqual(first, second);
        Assert.NotEqual(FollowUpCodes.LegacyHash(code), first);
        Assert.True(first.Length <= 64, "fits the FollowUpHash column");
        Assert.True(FollowUpCodes.Matches(first, code, out var legacy));
        Assert.False(legacy);
        Assert.True(FollowUpCodes.Matches(first, " " + code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant(), out _));
        Assert.False(FollowUpCodes.Matches(first, FollowUpCodes.New(), out _));
    }

    [Fact]
    public async Task FollowUp_CodeStoredTheOldWay_StillWorksAndIsRestoredSalted()
    {
        using var anon = App.Anonymous();
        using var ccf = await App.As("commission@demo.fairnotice");
        var (number, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("OLDCODE"));
        const string old = "ABCD-EFGH-JKLM-NPQR";
        await App.WithDb(db => db.RedressRequests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.FollowUpHash, FollowUpCodes.LegacyHash(old))));

        var first = await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code = old });
        var stored = await App.WithDb(db => db.RedressRequests.Where(r => r.Id == id).Select(r => r.FollowUpHash).SingleAsync());
        var again = await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code = old });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("p1$", stored, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code = "ABCD-EFGH-JKLM-NPQS" })).StatusCode);
    }

    [Fact]
    public async Task Filing_ReceiptCode_Has28SymbolsAndOpensTheRequest()
    {
        using var anon = App.Anonymous();
        using var ccf = await App.As("commission@demo.fairnotice");
        var (number, code, _) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("NEWCODE"));

        Assert.Equal(28, code.Replace("-", "", StringComparison.Ordinal).Length);
        Assert.Equal(HttpStatusCode.OK, (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).StatusCode);
    }
}
