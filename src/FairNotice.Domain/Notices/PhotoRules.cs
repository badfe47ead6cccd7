namespace FairNotice.Domain.Notices;

/// <summary>What a photo of the subject must be: a real JPEG or PNG, not too large, a few per request.</summary>
/// <remarks>The type is decided from the file's first bytes, never from what the uploader declares alone.</remarks>
public static class PhotoRules
{
    /// <summary>Largest accepted photo.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Most photos per request.</summary>
    public const int MaxPerRequest = 5;

    /// <summary>Checks a photo and returns its media type.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="declaredType">The Content-Type the uploader sent, if any.</param>
    /// <param name="existing">How many photos the request already has.</param>
    public static Result<string> Check(ReadOnlySpan<byte> data, string? declaredType, int existing)
    {
        if (existing >= MaxPerRequest)
        {
            return new ConflictError("photo.too_many", $"A request holds at most {MaxPerRequest} photos.");
        }

        if (data.Length == 0)
        {
            return Invalid("The photo is empty.");
        }

        if (data.Length > MaxBytes)
        {
            return Invalid($"The photo is larger than {MaxBytes / (1024 * 1024)} MiB.");
        }

        var sniffed = data is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg"
            : data is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] ? "image/png"
            : null;
        if (sniffed is null)
        {
            return Invalid("Only JPEG and PNG photos are accepted.");
        }

        var declared = declaredType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(declared) && declared != "application/octet-stream"
            && !string.Equals(declared, sniffed, StringComparison.OrdinalIgnoreCase))
        {
            return Invalid($"The file is {sniffed} but was sent as {declared}.");
        }

        return sniffed;
    }

    private static InvalidError Invalid(string message) =>
        new("photo.invalid", message, new Dictionary<string, string[]> { ["photo"] = [message] });
}
