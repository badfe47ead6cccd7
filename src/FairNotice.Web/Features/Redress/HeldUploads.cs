using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace FairNotice.Web.Features.Redress;

/// <summary>The documents an applicant already sent with a form the server sent back for correction, held in memory for a
/// short time under a random token the page carries, so the applicant does not choose them again (a browser never refills a
/// file input).</summary>
/// <remarks>Only files the virus scan and the filing rules did not refuse are held. A token is 256 random bits known only to
/// the page that received it, names one kind of document, and works once: the next post takes the file back out. The cache
/// is bounded; when full, a file is simply not held and the page asks for it again. Held files live in this process's
/// memory only: behind several instances the form needs sticky sessions for this convenience (the filing itself works
/// anyway, the applicant chooses the file again).</remarks>
internal sealed class HeldUploads : IDisposable
{
    /// <summary>How long a held file waits for the corrected form.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private const long Capacity = 64L * 1024 * 1024;

    private readonly MemoryCache files = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Holds the upload; the token the page sends back, or null when the store is full.</summary>
    public string? Hold(Upload upload)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        files.Set(token, upload, new MemoryCacheEntryOptions { Size = upload.Data.Length + 1L, AbsoluteExpirationRelativeToNow = Lifetime });

        // A full cache refuses the entry without saying so.
        return files.TryGetValue(token, out _) ? token : null;
    }

    /// <summary>What a token holds, left in place (to show its name on the page).</summary>
    public Upload? Peek(string? token, string kind) =>
        token is not null && files.TryGetValue(token, out Upload? held) && held!.Kind == kind ? held : null;

    /// <summary>Takes the file out: a token works once.</summary>
    public Upload? Take(string? token, string kind)
    {
        var held = Peek(token, kind);
        if (held is not null)
        {
            files.Remove(token!);
        }

        return held;
    }

    public void Dispose() => files.Dispose();
}
