using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FairNotice.Web.Tests.Fuzz;

/// <summary>The real host over a fresh SQLite database for fuzzing: budgets so high that no fuzz case is ever answered
/// 429 by them (the budgets themselves are tested in BudgetTests), cheap password hashing so that sign-in bodies can be
/// fuzzed by the thousand, and every error the host logs collected. Validation is untouched.</summary>
public sealed class FuzzHost : AppFixture
{
    // In memory-backed /dev/shm where there is one: each accepted case writes its audit entry, and a disk's fsync would
    // bound the run, not the host.
    private readonly string _path = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"fairnotice-fuzz-{Guid.NewGuid():N}.db");

    public FuzzHost()
    {
        foreach (var budget in new[] { "SignIn:PerClient", "RedressFiling:PerClient", "RedressFollowUp:PerClient", "PreCheck:PerClient", "PreCheck:PerAccount",
                     "Screening:PerClient", "Screening:PerAccount", "ScreeningBatch:PerClient", "ScreeningBatch:PerAccount", "PublicExtract:PerClient" })
        {
            Settings[$"Budgets:{budget}:Permits"] = "1000000";
        }

        Settings["Budgets:SignInFailures:Permits"] = "1000000";
        Settings["Budgets:ScreeningRowsPerAccountPerDay"] = "10000000";
        Settings["Logging:LogLevel:Default"] = "Warning";
        Services = s =>
        {
            // Identity's default (100,000 PBKDF2 rounds) would make 100,000 sign-in cases take hours; the format is the same.
            s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);
            s.AddSingleton<ILoggerProvider>(new ErrorCollector(Errors));
        };
    }

    public override string Provider => "Sqlite";

    /// <summary>Errors and critical messages the host logged (an exception it caught is still a defect).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    protected override Task CreateDatabaseAsync()
    {
        ConnectionString = $"Data Source={_path}";
        return Task.CompletedTask;
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }

        return Task.CompletedTask;
    }

    /// <summary>Null when the response is acceptable for a fuzzed request: below 500, and a 400/413/422 is an RFC 9457
    /// problem naming at least one field; and the host logged no error meanwhile.</summary>
    public async Task<string?> JudgeAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (Errors.TryDequeue(out var logged))
        {
            Errors.Clear();
            return $"{status}; the host logged: {logged}";
        }

        if (status >= 500)
        {
            return $"{status}: {Cut(body)}";
        }

        if (status is 400 or 413 or 422)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return $"{status} without problem details: {response.Content.Headers.ContentType} {Cut(body)}";
            }

            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object || !errors.EnumerateObject().Any())
            {
                return $"{status} naming no field: {Cut(body)}";
            }
        }

        return null;
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                errors.Enqueue($"{logLevel} {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}".Trim());
            }
        }
    }
}
