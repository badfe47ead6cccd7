using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class PhotoRulesTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    [Fact]
    public void Check_PngAndJpeg_AreRecognisedByTheirBytes()
    {
        Assert.Equal("image/png", PhotoRules.Check(Png, "image/png", 0).Value);
        Assert.Equal("image/jpeg", PhotoRules.Check(Jpeg, null, 0).Value);
        Assert.Equal("image/jpeg", PhotoRules.Check(Jpeg, "application/octet-stream", 0).Value);
    }

    [Theory]
    [InlineData("GIF89a", null, "not JPEG or PNG")]
    [InlineData("%PDF-1.7", "image/png", "a PDF declared as PNG")]
    [InlineData("", "image/png", "empty")]
    public void Check_NotAnImage_IsInvalid(string content, string? declared, string why) =>
        Assert.True(PhotoRules.Check(System.Text.Encoding.ASCII.GetBytes(content), declared, 0).Error is InvalidError, why);

    [Fact]
    public void Check_DeclaredTypeDisagreesWithBytes_IsInvalid() =>
        Assert.IsType<InvalidError>(PhotoRules.Check(Jpeg, "image/png", 0).Error);

    [Fact]
    public void Check_TooLarge_IsInvalid()
    {
        var big = new byte[PhotoRules.MaxBytes + 1];
        Png.CopyTo(big, 0);
        Assert.IsType<InvalidError>(PhotoRules.Check(big, "image/png", 0).Error);
    }

    [Fact]
    public void Check_SixthPhoto_IsConflict() =>
        Assert.IsType<ConflictError>(PhotoRules.Check(Png, "image/png", PhotoRules.MaxPerRequest).Error);
}
