using System.Globalization;
using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>Demo mode: two requests to the Commission — one just received (admissibility clock running) and one admissible,
/// about the demo diffusion (KARIMOV), with its source consulted. Every name here is invented.</summary>
internal sealed class DemoRedress(SealedFiles seal) : IDemoSeed
{
    // After Notices' demo requests (20) and history (30): the admissible request is linked to the demo diffusion.
    public int Order => 50;

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        var (db, now) = (seeding.Db, seeding.Now);
        // The server's own demo files: sealed like any document, not scanned (nothing untrusted).
        var safeguards = new FileRedress.Safeguards(null, seal);
        var pdf = OnePagePdf();
        Upload[] docs = [new("identityDocument", "passport.pdf", "application/pdf", pdf), new("signedStatement", "statement.pdf", "application/pdf", pdf)];
        await FileRedress.HandleAsync(db, now.AddDays(-20), new FileRedressRequest(RedressType.Access, "fr", "HU", "Lan", "1990-07-21", "CN", false, null,
            "hu.lan@example.org", "Je demande l'accès aux données me concernant dans les fichiers de l'Organisation.", null, null, null), docs, retry: null, safeguards, ct);
        var filed = await FileRedress.HandleAsync(db, now.AddDays(-40), new FileRedressRequest(RedressType.CorrectionDeletion, "en", "KARIMOV", "Arsen", "1982-12-02", "RU", true,
            "Maître A. Laurent", "cabinet.laurent@example.org", "The diffusion concerning my client rests on a political case; he asks for its deletion.", null, null, null),
            [.. docs, new("powerOfAttorney", "mandate.pdf", "application/pdf", pdf)], retry: null, safeguards, ct);
        var commission = await db.Users.Where(u => u.Email == $"commission@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
        var actor = new Actor(commission, Affiliation.Commission, null, new HashSet<Role> { Role.CommissionMember });
        var id = filed.Value.Id;
        await DecideAdmissibility.HandleAsync(db, actor, now.AddDays(-30), id, new AdmissibilityRequest(true, null), ct);
        var diffusion = await db.Notices.Where(n => n.FamilyName == "KARIMOV").Select(n => n.Id).FirstAsync(ct);
        await LinkNotice.HandleAsync(db, actor, now.AddDays(-29), id, new LinkNoticeRequest(diffusion, null), ct);
    }

    // A real, empty one-page PDF: uploads are parsed, a header alone would be refused.
    internal static byte[] OnePagePdf()
    {
        string[] objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
