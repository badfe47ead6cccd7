using System.Text;
using FairNotice.Domain.Access;

namespace FairNotice.Domain.Tests;

public class TotpTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    // RFC 6238 appendix B, SHA-1 column (8 digits, T0 = 0, X = 30).
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Code_Rfc6238Vectors_Match(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, Totp.StepOf(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), 8));

    // RFC 4226 appendix D: HOTP values for counters 0..9 (6 digits); a TOTP step is an HOTP counter.
    [Theory]
    [InlineData(0L, "755224")]
    [InlineData(1L, "287082")]
    [InlineData(5L, "254676")]
    [InlineData(9L, "520489")]
    public void Code_Rfc4226Vectors_Match(long counter, string expected) => Assert.Equal(expected, Totp.Code(RfcKey, counter));

    [Fact]
    public void DecodeKey_Rfc4648Base32_RoundTrips()
    {
        // RFC 4648 section 10: BASE32("foobar") = "MZXW6YTBOI======"; case, spaces and padding are ignored.
        Assert.Equal("foobar"u8.ToArray(), Totp.DecodeKey("MZXW6YTBOI======"));
        Assert.Equal("foobar"u8.ToArray(), Totp.DecodeKey("mzxw 6ytb oi"));
        Assert.Null(Totp.DecodeKey("MZXW1"));
        Assert.Null(Totp.DecodeKey(""));
    }

    [Fact]
    public void Matches_OtherStepOrLength_Refused()
    {
        var code = Totp.Code(RfcKey, 1000);
        Assert.True(Totp.Matches(RfcKey, 1000, code));
        Assert.False(Totp.Matches(RfcKey, 1001, code));
        Assert.False(Totp.Matches(RfcKey, 1000, code + "0"));
    }
}
