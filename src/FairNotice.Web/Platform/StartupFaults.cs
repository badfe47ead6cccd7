using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>A fault before the server is up (missing or read-only database folder, unreachable PostgreSQL, a setting that
/// does not validate) ends the process with one clear line on stderr and exit code 1, not a stack trace.</summary>
internal static class StartupFaults
{
    public const int ExitCode = 1;

    /// <summary>Runs start-up and the server; faults before the server has started are reported in one line.</summary>
    public static async Task<int> RunAsync(this WebApplication app, Func<WebApplication, Task> prepare)
    {
        // A flag, not ApplicationStarted.IsCancellationRequested in the filter: RunAsync disposes the host when start fails
        // (a port in use), the token's source with it, and reading it in the filter threw — a filter that throws counts
        // as false, so the fault escaped as an unhandled exception with its stack trace and exit 134 (attack of 2026-11-28).
        var started = false;
        using var onStarted = app.Lifetime.ApplicationStarted.Register(() => started = true);
        try
        {
            // Settings first (every ValidateOnStart option): a bad setting is named before the database is touched.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await prepare(app);
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (!started)
        {
            await Console.Error.WriteLineAsync(Describe(ex));
            return ExitCode;
        }
    }

    /// <summary>One line saying what failed and what to check; never the connection string (it may hold a password).</summary>
    public static string Describe(Exception ex)
    {
        if (ex is StartupRefusedException refused)
        {
            return refused.Message;
        }

        var what = ex switch
        {
            Microsoft.Data.Sqlite.SqliteException s =>
                $"the SQLite database could not be opened or written ({s.Message}); check that the folder named by Database:ConnectionString exists and is writable by this user",
            Npgsql.NpgsqlException n =>
                $"PostgreSQL could not be reached or refused the connection ({Innermost(n).Message}); check Database:ConnectionString and that the server is up",
            IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } bind =>
                $"{bind.Message.TrimEnd('.')}; another process listens there: stop it, or set Urls (--urls) to a free address",
            OptionsValidationException o => $"a setting is invalid: {string.Join("; ", o.Failures)}",
            UnauthorizedAccessException or IOException => $"a file or folder could not be used ({ex.Message})",
            _ => $"{ex.GetType().Name}: {Innermost(ex).Message}",
        };
        return "FairNotice cannot start: " + string.Join(' ', what.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
