using FairNotice.Domain.Elections;
using Org.BouncyCastle.Math;

namespace FairNotice.Domain.Tests;

/// <summary>
/// Known-answer tests for the election's own cryptography (ASVS 5.0 11.2.1): expected values computed outside this code —
/// the points k·G by OpenSSL (Python <c>cryptography</c>, <c>derive_private_key(k, SECP256R1)</c>, compressed X9.62; the
/// same values as the NIST P-256 point-multiplication vectors), the challenge hash by Python's <c>hashlib</c> following the
/// encoding documented in <see cref="Group.Hash"/> (each part UTF-8, prefixed by its length as a 32-bit little-endian
/// integer, SHA-256, big-endian integer mod n).
/// </summary>
public class ElectionKnownAnswerTests
{
    [Theory]
    [InlineData(1, "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296")]
    [InlineData(2, "037cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc47669978")]
    [InlineData(3, "025ecbe4d1a6330a44c8f7ef951d4bf165e6c6b721efada985fb41661bc6e7fd6c")]
    [InlineData(7, "028e533b6fa0bf7b4625bb30667c01fb607ef9f8b8a80fef5b300628703187b2a3")]
    public void Base_SmallMultiples_MatchOpenSsl(int k, string expected) =>
        Assert.Equal(expected, Group.Hex(Group.Base(BigInteger.ValueOf(k))));

    [Fact]
    public void Encrypt_FixedKeyAndNonce_IsTheKnownCiphertext()
    {
        // Secret key 2 (public 2G), message 1, nonce 3: alpha = 3G, beta = 1·G + 3·2G = 7G.
        var ct = Ciphertext.Encrypt(1, Group.Base(BigInteger.Two), BigInteger.Three);
        Assert.Equal("025ecbe4d1a6330a44c8f7ef951d4bf165e6c6b721efada985fb41661bc6e7fd6c", ct.Alpha);
        Assert.Equal("028e533b6fa0bf7b4625bb30667c01fb607ef9f8b8a80fef5b300628703187b2a3", ct.Beta);
    }

    [Fact]
    public void Hash_FixedParts_IsTheKnownChallenge() =>
        Assert.Equal("825a4cb068e7c7fd93bdde7c151785af571f45530a230772c5706b7d183ed945",
            Group.Hex(Group.Hash("fairnotice-kat", Group.G, BigInteger.ValueOf(7), 3)));
}
