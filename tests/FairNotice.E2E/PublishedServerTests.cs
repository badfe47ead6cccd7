using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace FairNotice.E2E;

/// <summary>The published server as a service manager starts it: <c>dotnet FairNotice.Web.dll</c> from a directory that
/// has nothing to do with the app.</summary>
public sealed partial class PublishedServerTests
{
    [Fact]
    public async Task PublishedServer_StartedFromAnUnrelatedDirectory_ServesItsStaticAssetsAndStyledPages()
    {
        var root = Path.Combine(Path.GetTempPath(), $"fairnotice-published-{Guid.NewGuid():N}");
        var app = Path.Combine(root, "app");
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        Process? server = null;
        try
        {
            await PublishAsync(app);
            server = Start(Path.Combine(app, "FairNotice.Web.dll"), elsewhere, Path.Combine(root, "data.db"));
            var url = await ListeningUrlAsync(server);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

            using var css = await http.GetAsync("/css/site.css");
            Assert.Equal(System.Net.HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

            using var js = await http.GetAsync("/js/booth.js");
            Assert.Equal(System.Net.HttpStatusCode.OK, js.StatusCode);
            Assert.Contains("javascript", js.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

            using var login = await http.GetAsync("/Account/Login");
            Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
            Assert.Contains("href=\"/css/site.css", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // A missing asset is a 404, never a sign-in redirect.
            using var missing = await http.GetAsync("/css/missing.css");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            if (server is not null)
            {
                if (!server.HasExited)
                {
                    server.Kill(entireProcessTree: true);
                }

                await server.WaitForExitAsync();
                server.Dispose();
            }

            Directory.Delete(root, recursive: true);
        }
    }

    // Publishes the build the tests were built from (no restore, no compile): only the publish layout is under test.
    private static async Task PublishAsync(string output)
    {
        var configuration = typeof(PublishedServerTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(RepositoryRoot(), "src", "FairNotice.Web", "FairNotice.Web.csproj");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "publish", project, "-c", configuration, "--no-build", "-o", output, "-nologo", "-v", "quiet" })
        {
            psi.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(psi)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{await stdout}\n{await stderr}");
    }

    private static Process Start(string dll, string workingDirectory, string database)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://127.0.0.1:0");
        // As in production: nothing inherited from the test run or a developer's shell decides where the app looks.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList())
        {
            psi.Environment.Remove(key);
        }

        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Database__Provider"] = "Sqlite";
        psi.Environment["Database__ConnectionString"] = $"Data Source={database}";
        psi.Environment["Demo__Enabled"] = "false";
        psi.Environment["Site__PublicBaseUrl"] = "https://notices.example.org"; // Production requires it
        psi.Environment["Antivirus__RunWithoutScanner"] = "true"; // no ClamAV needed for this test of the published layout
        // Served over plain http here: outside Development the cookies are Secure and forms need https (ADR 0016).
        psi.Environment["Sessions__PlainHttpCookies"] = "true";
        // Outside demo mode the audit keys must exist where the operator says (fairnotice audit keygen).
        var keys = database + "-keys";
        FairNotice.Web.Platform.AuditKeyFiles.Generate(keys);
        psi.Environment["Audit__Directory"] = keys;
        return Process.Start(psi)!;
    }

    // Waits for Kestrel's "Now listening on:" line (port 0: the system picks a free port, so parallel runs never collide).
    private static async Task<string> ListeningUrlAsync(Process server)
    {
        var seen = new System.Text.StringBuilder();
        _ = server.StandardError.ReadToEndAsync().ContinueWith(t => seen.Append(t.IsCompletedSuccessfully ? t.Result : ""), TaskScheduler.Default);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (Listening().Match(line) is { Success: true } m)
            {
                // Keep draining the output so the server never blocks on a full pipe.
                _ = server.StandardOutput.ReadToEndAsync();
                return m.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"The published server exited before listening:\n{seen}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FairNotice.slnx not found above the test's folder.");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
