namespace FairNotice.Web.Tests.Hardening;

/// <summary>A relative <c>--contentRoot</c> means the working directory; one that does not exist is a start-up fault (one line, exit 1).</summary>
public sealed class ContentRootTests
{
    [Fact]
    public async Task Start_RelativeContentRootThatDoesNotExist_OneLineAndExit1()
    {
        var (exit, stdout, stderr) = await StartupFaultTests.RunServerAsync("--contentRoot", $"fn-missing-root-{Guid.NewGuid():N}");

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("FairNotice cannot start:", line, StringComparison.Ordinal);
        Assert.Contains("content root", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RelativeContentRootInTheWorkingDirectory_IsUsed()
    {
        // The runner starts the server in the temp folder: a relative name is found there, not beside the app's dll.
        var name = $"fn-relative-root-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), name));
        try
        {
            // A bad setting stops the server right after the host is built: reaching it shows the content root was accepted.
            var (exit, stdout, stderr) = await StartupFaultTests.RunServerAsync("--contentRoot", name, "--Site:PublicBaseUrl", "not a url");

            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("PublicBaseUrl", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.Combine(Path.GetTempPath(), name), recursive: true);
        }
    }
}
