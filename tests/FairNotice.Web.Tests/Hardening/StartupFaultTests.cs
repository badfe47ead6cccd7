using System.Diagnostics;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>The built server process started on a database it cannot use: one line on stderr, a non-zero exit, no stack trace
/// (issue #12 item 4). Runs the real executable: the test host's own start-up path would hide what an operator sees.</summary>
public sealed class StartupFaultTests
{
    public static TheoryData<string, string, string> Faults => new()
    {
        // Root ignores permission bits (CI runs as root), so "unusable folder" is a folder that is really a file.
        { "Sqlite", "Data Source=" + Path.Combine(Path.GetTempPath(), $"fn-missing-{Guid.NewGuid():N}", "fairnotice.db"), "SQLite database" },
        { "Sqlite", "Data Source=" + Path.Combine(typeof(StartupFaultTests).Assembly.Location, "fairnotice.db"), "SQLite database" },
        { "Sqlite", "Data Source=" + Path.Combine(Path.GetTempPath(), $"fn-ro-{Guid.NewGuid():N}.db") + ";Mode=ReadOnly", "SQLite database" },
        // Port 1 on the loopback: nothing listens there. A password that must never be echoed.
        { "Postgres", "Host=127.0.0.1;Port=1;Username=fairnotice;Password=s3cret-never-printed;Timeout=3", "PostgreSQL" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Start_UnusableDatabase_ExitsNonZeroWithOneLineOnStderr(string provider, string connectionString, string named)
    {
        var (exit, stdout, stderr) = await RunServerAsync("--Database:Provider", provider, "--Database:ConnectionString", connectionString);

        Assert.NotEqual(0, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines);
        Assert.StartsWith("FairNotice cannot start:", lines[0], StringComparison.Ordinal);
        Assert.Contains(named, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-never-printed", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidPublicBaseUrl_ExitsNonZeroNamingTheSetting()
    {
        var (exit, stdout, stderr) = await RunServerAsync("--Database:ConnectionString", "Data Source=" + Path.Combine(Path.GetTempPath(), $"fn-url-{Guid.NewGuid():N}.db"), "--Site:PublicBaseUrl", "not a url");

        Assert.NotEqual(0, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("PublicBaseUrl", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PortInUse_ExitsNonZeroWithOneLine_NotAnUnhandledException()
    {
        // The host disposed itself when Kestrel could not bind; the fault escaped with exit 134 and 30 lines of stack trace.
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var path = Path.Combine(Path.GetTempPath(), $"fn-port-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, stdout, stderr) = await RunServerAsync("--Database:ConnectionString", "Data Source=" + path, "--urls", $"http://127.0.0.1:{port}");

            Assert.Equal(StartupFaults.ExitCode, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("FairNotice cannot start:", line, StringComparison.Ordinal);
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", stdout + stderr, StringComparison.Ordinal);
            // The host's own log (standard output, the log stream) records "Hosting failed to start" with the exception, as it
            // does for a background service that fails; standard error, what an operator starting it reads, has the line only.
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    [Fact]
    public async Task Start_ProductionWithoutPublicBaseUrl_RefusesWithOneLineNamingTheSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fn-nobase-{Guid.NewGuid():N}.db");
        try
        {
            // "--Site:Unused": a Site setting, so that RunServerAsync adds no PublicBaseUrl of its own.
            var (exit, stdout, stderr) = await RunServerAsync("--Database:ConnectionString", "Data Source=" + path, "--Site:Unused", "x");

            Assert.Equal(StartupFaults.ExitCode, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("FairNotice cannot start: set Site:PublicBaseUrl", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("running at", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    [Fact]
    public async Task CreateAdmin_ProductionWithoutPublicBaseUrl_RefusesRatherThanPrintALinkToTheListeningAddress()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fn-nobase-admin-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, stdout, stderr) = await RunServerAsync("accounts", "create-admin", "--email", "ops@secretariat.example.org", "--name", "Operations",
                "--Database:ConnectionString", "Data Source=" + path, "--Site:Unused", "x");

            Assert.Equal(1, exit);
            Assert.Contains("Site:PublicBaseUrl", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("SetPassword?token=", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>Runs the built server in Production (with audit keys unless the arguments name them) until it exits.</summary>
    internal static async Task<(int Exit, string Stdout, string Stderr)> RunServerAsync(params string[] args) => await RunServerAsync(true, args);

    internal static async Task<(int Exit, string Stdout, string Stderr)> RunServerAsync(bool withAuditKeys, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "FairNotice.Web.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["DOTNET_ENVIRONMENT"] = "Production";
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://127.0.0.1:0");
        psi.ArgumentList.Add("--contentRoot");
        psi.ArgumentList.Add(AppContext.BaseDirectory);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        if (!args.Any(a => a.StartsWith("--Site:", StringComparison.Ordinal)))
        {
            // Production needs the public base URL of its links; these tests are about other settings.
            psi.ArgumentList.Add("--Site:PublicBaseUrl");
            psi.ArgumentList.Add("https://notices.example.org");
        }

        if (!args.Any(a => a.StartsWith("--Antivirus:", StringComparison.Ordinal)))
        {
            // Production needs a virus scanner or the explicit switch; these tests are about other settings.
            psi.ArgumentList.Add("--Antivirus:RunWithoutScanner");
            psi.ArgumentList.Add("true");
        }

        if (withAuditKeys)
        {
            // Outside demo mode the server needs its audit keys before anything else; this test is about what comes next.
            psi.ArgumentList.Add("--Audit:Directory");
            psi.ArgumentList.Add(TestAuditKeys.NewDirectory());
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The server did not exit: a start-up fault must end the process.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
