using Microsoft.Extensions.Hosting;

namespace FairNotice.Web.Platform;

/// <summary>Where the host finds its settings and its <c>wwwroot</c>.</summary>
internal static class ContentRoot
{
    /// <summary>The builder's options: a published app (its <c>wwwroot</c> beside the dll) is its own content root,
    /// whatever directory a service manager starts it from; <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> win.</summary>
    /// <remarks>A build run by <c>dotnet run</c> has no <c>wwwroot</c> in its output: it keeps the working directory (the
    /// project folder, whose <c>fairnotice.db</c> the CLI reads by default) and, in Development, the static web assets
    /// of the source tree.</remarks>
    public static WebApplicationOptions Options(string[] args)
    {
        var host = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddEnvironmentVariables("DOTNET_").AddCommandLine(args).Build();
        if (host[HostDefaults.ContentRootKey] is { Length: > 0 } configured)
        {
            // The host would resolve a relative folder against the app's own directory and throw from deep inside; an operator
            // means the working directory, and a folder that is not there is a start-up fault like any other (one line, exit 1).
            var full = Path.GetFullPath(configured);
            if (!Directory.Exists(full))
            {
                Console.Error.WriteLine($"FairNotice cannot start: the content root {full} (--contentRoot or ASPNETCORE_CONTENTROOT) is not an existing folder");
                Environment.Exit(StartupFaults.ExitCode);
            }

            return new WebApplicationOptions { Args = Absolute(args, full), ContentRootPath = full };
        }

        var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        return new WebApplicationOptions { Args = args, ContentRootPath = published ? AppContext.BaseDirectory : null };
    }

    // The command line states the content root too: it must agree with the options, or the host refuses the difference.
    private static string[] Absolute(string[] args, string full)
    {
        var copy = (string[])args.Clone();
        for (var i = 0; i < copy.Length; i++)
        {
            var name = copy[i].TrimStart('-', '/');
            if (name.Equals(HostDefaults.ContentRootKey, StringComparison.OrdinalIgnoreCase) && i + 1 < copy.Length)
            {
                copy[++i] = full;
            }
            else if (name.StartsWith(HostDefaults.ContentRootKey + "=", StringComparison.OrdinalIgnoreCase))
            {
                copy[i] = copy[i][..(copy[i].IndexOf('=', StringComparison.Ordinal) + 1)] + full;
            }
        }

        return copy;
    }
}
