using System.Text;
using CsCheck;
using FairNotice.Fuzz;
using FairNotice.Web.Platform;
using FairNotice.Web.Tests.Hardening;
using SkiaSharp;

namespace FairNotice.Web.Tests.Fuzz;

/// <summary>Issue #12 item 5 and ADR 0012: the upload checks over truncated, mutated and polyglot images and PDFs. No
/// input throws; an accepted image decodes, is within the size limits and carries no markup; a PDF built with active
/// content is never accepted while that content is still in the file; a file with markup anywhere is refused.</summary>
public sealed class UploadFuzzTests
{
    private static readonly string[] ActiveObjects =
    [
        "<< /S /JavaScript /JS (app.alert(1)) >>", "<< /S /Launch /F (calc.exe) >>", "<< /Type /EmbeddedFile /Length 0 >>", "<< /S /SubmitForm /F (http://x) >>",
        "<< /S /GoToR /F (other.pdf) >>", "<< /S /Rendition >>", "<< /S /Java#53cript /JS (x) >>", "<< /AA << /O << /S /JavaScript /JS (x) >> >> >>",
    ];

    private static readonly string[] Markup = ["<script>", "<HTML>", "<!DOCTYPE html>", "<svg onload=x>", "javascript:alert(1)", "<iframe src=x>", "<?php ?>"];

    private static readonly byte[][] Valid = [TestFiles.Jpeg(), TestFiles.Png(), TestFiles.Pdf(), TestFiles.Pdf(pageExtra: "/Annots [<< /Subtype /Link /A << /S /URI /URI (https://example.org) >> >>]")];

    private enum Kind { Intact, Truncated, Flipped, Spliced, Polyglot, WithMarkup, ActivePdf, ActivePdfBrokenXref, Random }

    /// <summary>A file, and whether it must be refused (markup or active content known to be in it).</summary>
    internal sealed record Upload(byte[] Bytes, bool MustRefuse, string How);

    internal static readonly Gen<Upload> Uploads = Gen.Select(
        Gen.Frequency((1, Gen.Const(Kind.Intact)), (3, Gen.Const(Kind.Truncated)), (5, Gen.Const(Kind.Flipped)), (2, Gen.Const(Kind.Spliced)), (1, Gen.Const(Kind.Polyglot)),
            (1, Gen.Const(Kind.WithMarkup)), (2, Gen.Const(Kind.ActivePdf)), (2, Gen.Const(Kind.ActivePdfBrokenXref)), (1, Gen.Const(Kind.Random))),
        Gen.Int[0, Valid.Length - 1], Gen.UInt.Array[1, 12], Gen.Byte.Array[0, 300], Gen.Int[0, ActiveObjects.Length - 1], Gen.Int[0, Markup.Length - 1])
        .Select(t => Make(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));

    /// <summary>Files for the redress form (bytes only).</summary>
    internal static readonly Gen<byte[]> Files = Uploads.Select(u => u.Bytes);

    private static Upload Make(Kind kind, int which, uint[] picks, byte[] noise, int active, int markup)
    {
        var seed = Valid[which];
        int At(int i, int length) => length == 0 ? 0 : (int)(picks[i % picks.Length] % (uint)length);
        switch (kind)
        {
            case Kind.Truncated:
                return new(seed[..At(0, seed.Length)], false, $"file {which} cut");
            case Kind.Flipped:
                var flipped = (byte[])seed.Clone();
                foreach (var p in picks)
                {
                    flipped[p % (uint)flipped.Length] ^= (byte)(1 << (int)(p >> 29));
                }

                return new(flipped, false, $"file {which}, {picks.Length} bytes flipped");
            case Kind.Spliced:
                var at = At(0, seed.Length);
                return new([.. seed[..at], .. noise, .. seed[at..]], false, $"file {which}, {noise.Length} bytes at {at}");
            case Kind.Polyglot:
                var other = Valid[(which + 1 + At(0, Valid.Length - 1)) % Valid.Length];
                return new([.. seed, .. other], false, $"file {which} then another");
            case Kind.WithMarkup:
                var where = At(0, seed.Length);
                return new([.. seed[..where], .. Encoding.ASCII.GetBytes(Markup[markup]), .. seed[where..]], true, $"file {which}, markup at {where}");
            case Kind.ActivePdf:
                return new(TestFiles.Pdf(catalogExtra: "/OpenAction 4 0 R", extraObjects: ActiveObjects[active]), true, $"active pdf {active}");
            case Kind.ActivePdfBrokenXref:
                // The active object stays in the file, but the cross-reference table lies or is gone: readers rebuild it.
                var text = Encoding.ASCII.GetString(TestFiles.Pdf(catalogExtra: "/OpenAction 4 0 R", extraObjects: ActiveObjects[active]));
                var xref = text.IndexOf("xref", StringComparison.Ordinal);
                var broken = (picks[0] % 3) switch
                {
                    0 => text[..xref] + "trailer\n<< /Root 1 0 R >>\n%%EOF\n",
                    1 => text.Replace("0000000", "0000001", StringComparison.Ordinal),
                    _ => text[..xref] + text[xref..].Replace("startxref\n", "startxref\n9", StringComparison.Ordinal),
                };
                return new(Encoding.ASCII.GetBytes(broken), true, $"active pdf {active}, xref damage {picks[0] % 3}");
            case Kind.Random:
                return new(noise, false, "random bytes");
            default:
                return new(seed, false, $"file {which} intact");
        }
    }

    [Fact]
    public Task UploadChecks_HostileFiles_NeverThrowAndNeverPassActiveContent() => FuzzRun.Run("uploads.checks", Uploads, 1000, u =>
    {
        var image = UploadChecks.Image(u.Bytes, "photo");
        var pdf = UploadChecks.Pdf(u.Bytes, "document");
        if (image.IsOk)
        {
            if (u.MustRefuse)
            {
                return "an image with markup or active content was accepted";
            }

            var (data, type) = image.Value;
            using var codec = SKCodec.Create(SKData.CreateCopy(data));
            if (codec is null || codec.Info.Width > UploadChecks.MaxSide || codec.Info.Height > UploadChecks.MaxSide
                || type != (codec.EncodedFormat == SKEncodedImageFormat.Jpeg ? "image/jpeg" : "image/png"))
            {
                return "an accepted image does not decode as what it claims";
            }
        }

        return pdf.IsOk && u.MustRefuse ? "a PDF with markup or active content was accepted" : null;
    }, u => $"{u.How}: {Convert.ToBase64String(u.Bytes.Length > 400 ? u.Bytes[..400] : u.Bytes)}");
}
