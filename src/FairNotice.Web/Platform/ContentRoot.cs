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
        var configured = !string.IsNullOrEmpty(host[HostDefaults.ContentRootKey]);
        var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        return new WebApplicationOptions { Args = args, ContentRootPath = configured || !published ? null : AppContext.BaseDirectory };
    }
}
