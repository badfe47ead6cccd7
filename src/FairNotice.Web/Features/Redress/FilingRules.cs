using System.Globalization;
using System.Net.Mail;
using FairNotice.Domain;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Redress;

/// <summary>What a filing must carry: the fields (each error names its field) and the documents, checked by content.</summary>
internal static class FilingRules
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public static readonly string[] Languages = ["ar", "en", "fr", "es"];

    /// <summary>The checked documents and the date a revision's new fact was found, or every field that is wrong.</summary>
    public static Result<(List<RedressAttachment> Documents, DateOnly? Discovered)> Check(FileRedressRequest r, IReadOnlyList<Upload> uploads, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Bad(string field, string message) => errors[field] = [message];
        if (r.Type is not { } type || !Enum.IsDefined(type))
        {
            Bad("type", $"One of: {string.Join(", ", Enum.GetNames<RedressType>())}.");
        }

        if (r.Language is null || !Languages.Contains(r.Language))
        {
            Bad("language", "The request is written in Arabic (ar), English (en), French (fr) or Spanish (es).");
        }

        if (string.IsNullOrWhiteSpace(r.FamilyName) || r.FamilyName.Length > 200)
        {
            Bad("familyName", "The family name of the person concerned is required (at most 200 characters).");
        }

        if (string.IsNullOrWhiteSpace(r.Forenames) || r.Forenames.Length > 200)
        {
            Bad("forenames", "The forenames of the person concerned are required (at most 200 characters).");
        }

        if (!string.IsNullOrWhiteSpace(r.DateOfBirth) && !PartialDate.TryParse(r.DateOfBirth, out _))
        {
            Bad("dateOfBirth", "Use YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        // An assigned ISO 3166 code (not only a member's: the person may be a national of any country); "XX" is none.
        if (!string.IsNullOrWhiteSpace(r.Nationality) && !CountryCodes.IsAssigned(r.Nationality.Trim().ToUpperInvariant()))
        {
            Bad("nationality", "ISO 3166 alpha-2 code.");
        }

        if (string.IsNullOrWhiteSpace(r.ContactEmail) || r.ContactEmail.Length > 254 || !MailAddress.TryCreate(r.ContactEmail, out _))
        {
            Bad("contactEmail", "An email address where the Commission can reach the applicant.");
        }

        if (string.IsNullOrWhiteSpace(r.Statement) || r.Statement.Length < 20 || r.Statement.Length > 20000)
        {
            Bad("statement", "State the purpose of the request (20 to 20,000 characters).");
        }

        if (r.ByRepresentative && string.IsNullOrWhiteSpace(r.RepresentativeName))
        {
            Bad("representativeName", "A representative gives their name.");
        }
        else if (r.RepresentativeName?.Trim().Length > 200)
        {
            // The column holds 200: PostgreSQL refused a longer name at the save, a 500 (found by the attack of 2026-11-28).
            Bad("representativeName", "At most 200 characters.");
        }

        foreach (var (field, value) in new[] { ("familyName", r.FamilyName), ("forenames", r.Forenames), ("representativeName", r.RepresentativeName) })
        {
            if (NameCharacters.HasUnsafe(value))
            {
                Bad(field, NameCharacters.Message);
            }
        }

        // Kept whatever the type (FileRedress stores them as sent): bounded for every filing.
        if (r.PreviousNumber?.Trim().Length > 16)
        {
            Bad("previousNumber", "A request number has at most 16 characters.");
        }

        if (r.NewFact?.Trim().Length > 20000)
        {
            Bad("newFact", "State the new fact in at most 20,000 characters.");
        }

        DateOnly? discovered = null;
        if (r.Type == RedressType.Revision)
        {
            if (string.IsNullOrWhiteSpace(r.PreviousNumber))
            {
                Bad("previousNumber", "A revision names the request whose decision it asks to revise.");
            }

            if (string.IsNullOrWhiteSpace(r.NewFact))
            {
                Bad("newFact", "A revision rests on a newly discovered fact (CCF Statute Art. 42).");
            }

            if (!DateOnly.TryParseExact(r.NewFactDiscovered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Bad("newFactDiscovered", "The date the new fact was discovered (YYYY-MM-DD).");
            }
            else if (!CommissionDeadlines.RevisionInTime(d, DateOnly.FromDateTime(now.UtcDateTime)))
            {
                Bad("newFactDiscovered", "A revision must be filed within six months of discovering the new fact (CCF Statute Art. 42), and not before it.");
            }
            else
            {
                discovered = d;
            }
        }

        var stored = Documents(r.ByRepresentative, uploads, now, Bad);
        return errors.Count > 0 ? RedressErrors.Filing(errors) : (stored, discovered);
    }

    private static List<RedressAttachment> Documents(bool byRepresentative, IReadOnlyList<Upload> uploads, DateTimeOffset now, Action<string, string> bad)
    {
        var stored = new List<RedressAttachment>();
        foreach (var (kind, required) in new[] { ("identityDocument", true), ("signedStatement", true), ("powerOfAttorney", byRepresentative) })
        {
            var files = uploads.Where(u => u.Kind == kind).ToList();
            if (files.Count == 0)
            {
                if (required)
                {
                    bad(kind, kind == "powerOfAttorney" ? "A representative attaches the power of attorney." : kind == "identityDocument"
                        ? "Attach a copy of an unredacted identity document (PDF, JPEG or PNG, at most 5 MiB)."
                        : "Attach the signed statement (PDF, JPEG or PNG, at most 5 MiB).");
                }

                continue;
            }

            if (files.Count > 1)
            {
                bad(kind, "Attach one file.");
                continue;
            }

            var f = files[0];
            var sniffed = Sniff(f.Data);
            if (f.Data.Length == 0 || f.Data.Length > MaxUploadBytes)
            {
                bad(kind, "The file is empty or larger than 5 MiB.");
            }
            else if (sniffed is null)
            {
                bad(kind, "Only PDF, JPEG or PNG files are accepted (checked by content, not by name).");
            }
            else
            {
                var parsed = Parse(kind, sniffed, f.Data);
                if (!parsed.IsOk)
                {
                    bad(kind, ((InvalidError)parsed.Error!).Fields[kind][0]);
                    continue;
                }

                var data = parsed.Value;
                stored.Add(new RedressAttachment
                {
                    // The stored name is ours (kind and checked type): the client's name and extension are never kept.
                    Id = Guid.CreateVersion7(now), Kind = kind, FileName = StoredName(kind, sniffed), ContentType = sniffed, Size = data.Length,
                    // Plaintext until FileRedress seals it (keyed digest, AES-GCM) just before it is stored.
                    Data = data,
                });
            }
        }

        return stored;
    }

    // By content, not by name or declared type.
    private static string? Sniff(byte[] d) =>
        d.Length >= 5 && d[0] == 0x25 && d[1] == 0x50 && d[2] == 0x44 && d[3] == 0x46 && d[4] == 0x2D ? "application/pdf"
        : d.Length >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF ? "image/jpeg"
        : d.Length >= 8 && d[0] == 0x89 && d[1] == 0x50 && d[2] == 0x4E && d[3] == 0x47 && d[4] == 0x0D && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A ? "image/png"
        : null;

    // Parsed, not only sniffed: images are stored re-encoded, PDFs with active content or embedded files refused.
    private static Result<byte[]> Parse(string kind, string sniffed, byte[] data)
    {
        if (sniffed == "application/pdf")
        {
            var pdf = UploadChecks.Pdf(data, kind);
            return pdf.IsOk ? data : pdf.Error!;
        }

        var image = UploadChecks.Image(data, kind);
        return image.IsOk ? image.Value.Data : image.Error!;
    }

    private static string StoredName(string kind, string contentType) =>
        kind + contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };
}
