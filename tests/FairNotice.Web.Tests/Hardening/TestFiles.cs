using System.Text;
using SkiaSharp;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Files written byte by byte in the tests (no binary blobs of unknown origin): minimal PDFs with or without
/// active content, and images with or without a hidden payload.</summary>
internal static class TestFiles
{
    /// <summary>A one-page PDF 1.4 with a correct cross-reference table. <paramref name="catalogExtra"/> goes into the
    /// catalog dictionary, <paramref name="pageExtra"/> into the page's, <paramref name="extraObjects"/> become objects 4, 5, …</summary>
    public static byte[] Pdf(string catalogExtra = "", string pageExtra = "", params string[] extraObjects)
    {
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] {pageExtra} >>",
            .. extraObjects,
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(FormattableString.Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        var xref = pdf.Length;
        pdf.Append(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        pdf.Append(FormattableString.Invariant($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A small real JPEG (a 16×16 grey square) encoded here.</summary>
    public static byte[] Jpeg() => Encode(SKEncodedImageFormat.Jpeg);

    /// <summary>A small real PNG encoded here.</summary>
    public static byte[] Png() => Encode(SKEncodedImageFormat.Png);

    /// <summary>A JPEG that is also an HTML page: a comment segment (FF FE) right after the start-of-image marker carries
    /// markup, which a browser sniffing the content would run.</summary>
    public static byte[] JpegHtmlPolyglot()
    {
        var jpeg = Jpeg();
        var payload = Encoding.ASCII.GetBytes("<html><body><script>fetch('/api/notices').then(r=>r.text()).then(alert)</script></body></html>");
        var length = payload.Length + 2;
        byte[] comment = [0xFF, 0xFE, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
        return [.. jpeg[..2], .. comment, .. jpeg[2..]];
    }

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(16, 16);
        bitmap.Erase(new SKColor(0x80, 0x80, 0x80));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
