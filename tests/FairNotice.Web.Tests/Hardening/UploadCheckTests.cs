using System.Text;
using FairNotice.Domain;
using FairNotice.Web.Platform;
using SkiaSharp;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Uploads are checked by parsing (issue #12 item 4): the PDF cases follow the active-content features of
/// ISO 32000-1 — §12.6.3 OpenAction/AA, §12.6.4.16 JavaScript actions, §12.6.4.5 Launch, §7.11.4 embedded files,
/// §12.7.8 XFA — and the polyglot is the classic JPEG whose comment segment is an HTML page.</summary>
public sealed class UploadCheckTests
{
    [Fact]
    public void Pdf_PlainOnePage_IsAccepted() => Assert.True(UploadChecks.Pdf(TestFiles.Pdf(), "identityDocument").IsOk);

    [Fact]
    public void Pdf_WithPageLinkOpenAction_IsAccepted() =>
        Assert.True(UploadChecks.Pdf(TestFiles.Pdf("/OpenAction [3 0 R /Fit]"), "identityDocument").IsOk);

    public static TheoryData<string, string, string, string[]> Active => new()
    {
        { "JavaScript run on opening", "/OpenAction 4 0 R", "", ["<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>"] },
        { "inline JavaScript OpenAction", "/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", "", [] },
        { "document-level JavaScript name tree", "/Names << /JavaScript 4 0 R >>", "", ["<< /Names [(x) 5 0 R] >>", "<< /S /JavaScript /JS (1) >>"] },
        { "Launch action", "/OpenAction << /S /Launch /F (cmd.exe) >>", "", [] },
        { "embedded files", "/Names << /EmbeddedFiles 4 0 R >>", "", ["<< /Names [(a.exe) 5 0 R] >>", "<< /Type /Filespec /F (a.exe) >>"] },
        { "page additional actions", "", "/AA << /O << /S /URI /URI (https://example.org) >> >>", [] },
        { "XFA form", "/AcroForm << /Fields [] /XFA 4 0 R >>", "", ["<< /Length 0 >>\nstream\n\nendstream"] },
        { "rich media annotation", "", "/Annots [4 0 R]", ["<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] >>"] },
        { "name hidden by #-escapes (/J#61vaScript)", "/OpenAction << /S /J#61vaScript /JS (1) >>", "", [] },
        { "submit form action", "/OpenAction << /S /SubmitForm /F (https://example.org) >>", "", [] },
    };

    [Theory]
    [MemberData(nameof(Active))]
    public void Pdf_WithActiveContent_IsRefusedNamingTheField(string why, string catalog, string page, string[] objects)
    {
        var result = UploadChecks.Pdf(TestFiles.Pdf(catalog, page, objects), "signedStatement");

        Assert.False(result.IsOk, why);
        var error = Assert.IsType<InvalidError>(result.Error);
        Assert.True(error.Fields.ContainsKey("signedStatement"), why);
    }

    [Fact]
    public void Pdf_HeaderOnly_IsRefusedAsUnreadable()
    {
        var result = UploadChecks.Pdf("%PDF-1.4\n% nothing else\n"u8.ToArray(), "identityDocument");

        Assert.Contains("not a readable PDF", Assert.IsType<InvalidError>(result.Error).Fields["identityDocument"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_HtmlPolyglot_IsRefused()
    {
        var pdf = TestFiles.Pdf();
        byte[] polyglot = [.. pdf, .. Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>")];

        Assert.False(UploadChecks.Pdf(polyglot, "identityDocument").IsOk);
    }

    [Fact]
    public void Image_RealJpeg_IsAcceptedAndStoredReencoded()
    {
        var result = UploadChecks.Image(TestFiles.Jpeg(), "photo");

        Assert.True(result.IsOk);
        Assert.Equal("image/jpeg", result.Value.ContentType);
        using var decoded = SKBitmap.Decode(result.Value.Data);
        Assert.Equal((16, 16), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Image_RealPng_IsAcceptedAsPng() => Assert.Equal("image/png", UploadChecks.Image(TestFiles.Png(), "photo").Value.ContentType);

    [Fact]
    public void Image_JpegHtmlPolyglot_IsRefusedThoughItsFirstBytesAreJpeg()
    {
        var polyglot = TestFiles.JpegHtmlPolyglot();
        Assert.Equal([0xFF, 0xD8, 0xFF], polyglot[..3]);
        using (var stillDecodes = SKBitmap.Decode(polyglot))
        {
            Assert.NotNull(stillDecodes);
        }

        var result = UploadChecks.Image(polyglot, "photo");

        Assert.True(Assert.IsType<InvalidError>(result.Error).Fields.ContainsKey("photo"));
    }

    [Fact]
    public void Image_JpegWithHtmlAppended_IsRefused()
    {
        byte[] appended = [.. TestFiles.Jpeg(), .. "<!DOCTYPE html><svg onload=alert(1)>"u8.ToArray()];

        Assert.False(UploadChecks.Image(appended, "photo").IsOk);
    }

    [Fact]
    public void Image_TruncatedJpeg_IsRefused()
    {
        var jpeg = TestFiles.Jpeg();

        Assert.False(UploadChecks.Image(jpeg[..(jpeg.Length / 2)], "photo").IsOk);
    }

    [Fact]
    public void Image_PngSignatureThenGarbage_IsRefused()
    {
        byte[] fake = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "this is not an image at all"u8.ToArray()];

        Assert.False(UploadChecks.Image(fake, "photo").IsOk);
    }
}
