using FairNotice.Web.Platform;

namespace FairNotice.Web.Tests;

/// <summary>Audit keys for a server started outside demo mode (which refuses to start without them, issue #12 item 3).</summary>
internal static class TestAuditKeys
{
    /// <summary>A fresh folder with a chain key, a head-signing key and a heads folder.</summary>
    public static string NewDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"fairnotice-testkeys-{Guid.NewGuid():N}");
        AuditKeyFiles.Generate(dir);
        return dir;
    }
}
