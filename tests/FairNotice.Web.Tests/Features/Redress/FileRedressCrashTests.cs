using System.Data.Common;
using System.Net;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>Fault injection in the database: the next command or commit that matches fails once, as a crash would.</summary>
public sealed class OneFault : DbCommandInterceptor, IDbTransactionInterceptor
{
    private Func<DbCommand, bool>? _command;
    private bool _afterCommit;
    private DbTransaction? _filing;

    /// <summary>The next command the predicate matches throws instead of running (the transaction rolls back).</summary>
    public void FailCommand(Func<DbCommand, bool> when) => _command = when;

    /// <summary>The next commit of a transaction that files a redress request succeeds, then throws: the process "dies" before
    /// it can answer. Only that transaction: the audit sealer and shared counters commit on their own in the background.</summary>
    public void FailAfterCommit() => _afterCommit = true;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_afterCommit && ReferenceEquals(transaction, _filing))
        {
            _afterCommit = false;
            _filing = null;
            throw new InvalidOperationException("Injected crash after commit.");
        }

        return Task.CompletedTask;
    }

    private void Check(DbCommand command)
    {
        if (_afterCommit && command.Transaction is { } tx && command.CommandText.Contains("\"RedressRequests\"", StringComparison.Ordinal)
            && command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase))
        {
            _filing = tx;
        }

        if (_command is { } when && when(command))
        {
            _command = null;
            throw new InvalidOperationException("Injected crash before the command ran.");
        }
    }
}

/// <summary>An app whose database fails where a test says.</summary>
public abstract class FaultyHost<TApp>(TApp app) : IAsyncLifetime where TApp : AppFixture
{
    public TApp App { get; } = app;
    public OneFault Fault { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Services = s =>
        {
            s.ConfigureDbContext<SqliteDbContext>(o => o.AddInterceptors(Fault));
            s.ConfigureDbContext<PostgresDbContext>(o => o.AddInterceptors(Fault));
        };
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class FaultySqliteHost() : FaultyHost<SqliteFixture>(new SqliteFixture());

public sealed class FaultyPostgresHost() : FaultyHost<PostgresFixture>(new PostgresFixture());

/// <summary>Issue #14 item 3: a filing and its Idempotency-Key record are one save, so a crash between what used to be
/// two saves leaves nothing filed twice. Before the fix, the request was committed first and the key's record second:
/// a crash in between made the client's retry file the request again.</summary>
public abstract class FileRedressCrashTests<TApp>(FaultyHost<TApp> host) where TApp : AppFixture
{
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string family, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/redress") { Content = Requests.RedressForm(family) };
        request.Headers.Add(Idempotency.Header, key);
        return await client.SendAsync(request);
    }

    private Task<int> FiledAsync(string family) => host.App.WithDb(db => db.RedressRequests.CountAsync(r => r.FamilyName == family));

    [Fact]
    public async Task File_CrashWhileSavingTheKey_NothingFiledAndTheRetryFilesOnce()
    {
        using var anon = host.App.Anonymous();
        var key = Guid.NewGuid().ToString();
        host.Fault.FailCommand(c => c.CommandText.Contains("IdempotencyRecords", StringComparison.Ordinal)
            && c.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase));

        var crashed = await SendAsync(anon, "CRASHKEY", key);

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(0, await FiledAsync("CRASHKEY"));
        var retry = await SendAsync(anon, "CRASHKEY", key);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(1, await FiledAsync("CRASHKEY"));
    }

    [Fact]
    public async Task File_CrashAfterCommitBeforeAnswering_TheRetryReplaysAndFilesNothingMore()
    {
        using var anon = host.App.Anonymous();
        var key = Guid.NewGuid().ToString();
        host.Fault.FailAfterCommit();

        var crashed = await SendAsync(anon, "CRASHCOMMIT", key);

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(1, await FiledAsync("CRASHCOMMIT"));
        var retry = await SendAsync(anon, "CRASHCOMMIT", key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1, await FiledAsync("CRASHCOMMIT"));
    }
}

public sealed class SqliteFileRedressCrashTests(FaultySqliteHost host) : FileRedressCrashTests<SqliteFixture>(host), IClassFixture<FaultySqliteHost>;

public sealed class PostgresFileRedressCrashTests(FaultyPostgresHost host) : FileRedressCrashTests<PostgresFixture>(host), IClassFixture<FaultyPostgresHost>;
