using System.Buffers;
using System.Text;
using FairNotice.Domain;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace FairNotice.Web.Platform;

/// <summary>Uploaded files checked by parsing them, not by their first bytes (issue #12): an image must decode and is
/// stored re-encoded (which drops anything hidden after or inside it), a PDF must parse and carry no active content.</summary>
/// <remarks>A file that also reads as HTML or script (a polyglot) is refused whatever its type: served by mistake without
/// <c>nosniff</c>, or saved and opened by a reviewer, it would run.</remarks>
internal static class UploadChecks
{
    /// <summary>Largest image side and pixel count decoded: a small file declaring a huge canvas must not exhaust memory.</summary>
    public const int MaxSide = 12_000;

    public const long MaxPixels = 40_000_000;

    private const int MaxPdfDepth = 64;

    private static readonly SearchValues<string> Markup = SearchValues.Create(
        ["<script", "<html", "<!doctype", "<iframe", "<svg", "<body", "<?php", "<object", "<embed", "javascript:"], StringComparison.OrdinalIgnoreCase);

    // Names that make a PDF do something when opened or carry other files: scripts, launching programs, embedded or
    // attached files, Flash/3D media, XFA forms, additional actions, and actions that send data or open other documents.
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal)
    {
        "JS", "JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "FileAttachment", "RichMedia", "XFA", "AA",
        "SubmitForm", "ImportData", "GoToR", "GoToE", "Rendition", "Movie", "Sound",
    };

    /// <summary>Decodes a JPEG or PNG and re-encodes it in the same format; the re-encoded bytes are what gets stored.</summary>
    /// <param name="data">The uploaded bytes.</param>
    /// <param name="field">The form or API field, named in the error.</param>
    public static Result<(byte[] Data, string ContentType)> Image(byte[] data, string field)
    {
        if (LooksLikeMarkup(data))
        {
            return Invalid(field, "The file also contains web page or script content; upload a plain photo or scan.");
        }

        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png))
        {
            return Invalid(field, "The file is not a readable JPEG or PNG image.");
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || info.Width > MaxSide || info.Height > MaxSide || (long)info.Width * info.Height > MaxPixels)
        {
            return Invalid(field, $"The image is too large (at most {MaxSide} pixels a side, {MaxPixels / 1_000_000} megapixels).");
        }

        using var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            return Invalid(field, "The image is damaged or incomplete.");
        }

        var jpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg;
        using var encoded = bitmap.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 90);
        return encoded is null
            ? Invalid(field, "The image could not be processed.")
            : (encoded.ToArray(), jpeg ? "image/jpeg" : "image/png");
    }

    /// <summary>Parses a PDF and refuses it when any object carries active content or embedded files.</summary>
    /// <param name="data">The uploaded bytes.</param>
    /// <param name="field">The form or API field, named in the error.</param>
    public static Result<bool> Pdf(byte[] data, string field)
    {
        if (LooksLikeMarkup(data))
        {
            return Invalid(field, "The file also contains web page or script content; upload a plain PDF.");
        }

        string? found;
        try
        {
            using var document = PdfDocument.Open(data, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.Structure.Trailer.EncryptionToken is not null)
            {
                return Invalid(field, "Encrypted PDFs cannot be checked; upload it without a password.");
            }

            found = FindActive(document.Structure.Catalog.CatalogDictionary, 0);
            foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
            {
                found ??= FindActive(document.Structure.GetObject(reference).Data, 0);
            }
        }
#pragma warning disable CA1031 // Any parser failure on untrusted input means "not a readable PDF", never a 500.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Invalid(field, "The file is not a readable PDF.");
        }

        return found is null
            ? true
            : Invalid(field, $"PDFs with scripts, actions or embedded files are refused (found /{found}); print it to a plain PDF or scan it.");
    }

    private static string? FindActive(IToken? token, int depth)
    {
        if (depth > MaxPdfDepth)
        {
            return "(nesting too deep)";
        }

        switch (token)
        {
            case NameToken name when ActiveNames.Contains(name.Data):
                return name.Data;
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    if (ActiveNames.Contains(key))
                    {
                        return key;
                    }

                    // An OpenAction may only jump to a page (a destination array or a GoTo action).
                    if (key == "OpenAction" && value is DictionaryToken action
                        && !(action.TryGet(NameToken.S, out var type) && type is NameToken { Data: "GoTo" }))
                    {
                        return "OpenAction";
                    }

                    if (FindActive(value, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    if (FindActive(item, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case StreamToken stream:
                return FindActive(stream.StreamDictionary, depth + 1);
            default:
                return null;
        }
    }

    private static bool LooksLikeMarkup(byte[] data) => Encoding.Latin1.GetString(data).AsSpan().ContainsAny(Markup);

    private static InvalidError Invalid(string field, string message) =>
        new("upload.invalid", message, new Dictionary<string, string[]> { [field] = [message] });
}
