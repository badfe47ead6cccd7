namespace FairNotice.Web.Platform;

/// <summary>Secrets read from files, one per setting, instead of environment variables or appsettings (ASVS 13.3.1):
/// systemd's <c>LoadCredential=</c>/<c>LoadCredentialEncrypted=</c> puts each credential in the folder named by
/// <c>$CREDENTIALS_DIRECTORY</c>, readable only by the service; container secrets (<c>/run/secrets</c>) work the same
/// way through <c>FAIRNOTICE_CREDENTIALS_DIRECTORY</c>.</summary>
/// <remarks>A file's name is the setting with <c>__</c> for <c>:</c> (<c>Database__ConnectionString</c>,
/// <c>Documents__Key</c>, <c>Audit__ChainKey</c>); its content is the value, trailing newline trimmed. Added last, so a
/// credential file wins over appsettings, environment and command line.</remarks>
internal static class CredentialFiles
{
    public static IConfigurationBuilder AddCredentialFiles(this IConfigurationBuilder configuration, Func<string, string?> environment)
    {
        foreach (var name in new[] { "CREDENTIALS_DIRECTORY", "FAIRNOTICE_CREDENTIALS_DIRECTORY" })
        {
            if (environment(name) is { Length: > 0 } directory)
            {
                configuration.AddKeyPerFile(o =>
                {
                    o.FileProvider = Directory.Exists(directory) ? new Microsoft.Extensions.FileProviders.PhysicalFileProvider(directory) : null;
                    o.Optional = false;
                    o.IgnoreCondition = file => file.StartsWith('.');
                });
            }
        }

        return configuration;
    }
}
