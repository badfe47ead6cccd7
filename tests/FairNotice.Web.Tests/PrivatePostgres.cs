using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FairNotice.Web.Tests;

/// <summary>
/// A PostgreSQL 15 cluster of the test's own (initdb in a temporary folder, as tests/throwaway-postgres.sh does), set up
/// for password-less authentication: TLS with a throwaway CA made here with openssl, <c>cert</c> authentication for the
/// two application accounts over TCP, and <c>peer</c> authentication over the Unix socket for the OS user running the
/// test. The shared development server is never reconfigured.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    public const string Owner = "fn_owner";
    public const string Serving = "fn_serving";
    public const string DatabaseName = "fn_certs";
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly bool IsRoot = Environment.UserName == "root";

    private PrivatePostgres(string dir, int port)
    {
        Dir = dir;
        Port = port;
    }

    public string Dir { get; }

    public int Port { get; }

    public string Certs => Path.Combine(Dir, "certs");

    /// <summary>The OS user running the test, who may connect over the socket by peer authentication.</summary>
    public static string PeerUser => Environment.UserName;

    /// <summary>A connection over TCP with verified TLS and a client certificate, no password.</summary>
    public string CertificateConnection(string user, string certificate) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Database = DatabaseName, Username = user, SslMode = SslMode.VerifyFull,
        RootCertificate = Path.Combine(Certs, "ca.crt"), SslCertificate = Path.Combine(Certs, certificate + ".crt"), SslKey = Path.Combine(Certs, certificate + ".key"),
        Pooling = false,
    }.ConnectionString;

    /// <summary>A connection over the Unix socket, no password: peer authentication.</summary>
    public string SocketConnection(string user) => new NpgsqlConnectionStringBuilder { Host = Dir, Port = Port, Database = DatabaseName, Username = user, Pooling = false }.ConnectionString;

    public static async Task<PrivatePostgres> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}/initdb): apt-get install postgresql-15 (./test.sh does it).");
        }

        var dir = Path.Combine("/tmp", $"fn-pg-{Guid.NewGuid():N}"[..14]);
        var certs = Path.Combine(dir, "certs");
        Directory.CreateDirectory(certs);
        await MakeCertificatesAsync(certs);
        if (IsRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", dir);
        }

        await AsPostgresAsync(Path.Combine(Bin, "initdb"), "-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
        var port = FreePort();
        await File.AppendAllTextAsync(Path.Combine(dir, "data", "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            port = {port}
            unix_socket_directories = '{dir}'
            fsync = off
            ssl = on
            ssl_cert_file = '{certs}/server.crt'
            ssl_key_file = '{certs}/server.key'
            ssl_ca_file = '{certs}/ca.crt'

            """);
        var superuser = IsRoot ? "postgres" : PeerUser;
        // Deny by default: the application accounts only with a certificate over TLS, the test's own user only as itself
        // over the socket (peer), the superuser over the socket for the set-up.
        await File.WriteAllTextAsync(Path.Combine(dir, "data", "pg_hba.conf"), $"""
            local   all  {superuser}  trust
            local   all  {PeerUser}  peer
            hostssl all  {Owner},{Serving}  127.0.0.1/32  cert
            """ + "\n");
        await AsPostgresAsync(Path.Combine(Bin, "pg_ctl"), "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "start");
        var instance = new PrivatePostgres(dir, port);
        var admin = new NpgsqlConnectionStringBuilder { Host = dir, Port = port, Username = superuser, Database = "postgres", Pooling = false }.ConnectionString;
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        foreach (var sql in new[]
        {
            $"CREATE ROLE {Owner} LOGIN", $"CREATE ROLE {Serving} LOGIN", $"CREATE DATABASE {DatabaseName} OWNER {Owner}",
            IsRoot ? $"CREATE ROLE \"{PeerUser}\" LOGIN" : "SELECT 1",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return instance;
    }

    // A throwaway CA; a server certificate for 127.0.0.1; client certificates whose common name is the account; and a
    // certificate for the serving account signed by another CA, which the server must refuse.
    private static async Task MakeCertificatesAsync(string certs)
    {
        async Task KeyAndRequest(string name, string subject) => await RunAsync("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", Path.Combine(certs, name + ".key"), "-out", Path.Combine(certs, name + ".csr"), "-subj", subject);
        async Task Sign(string name, string ca, params string[] extra) => await RunAsync("openssl", ["x509", "-req", "-in", Path.Combine(certs, name + ".csr"),
            "-CA", Path.Combine(certs, ca + ".crt"), "-CAkey", Path.Combine(certs, ca + ".key"), "-CAcreateserial", "-days", "2", "-out", Path.Combine(certs, name + ".crt"), .. extra]);
        foreach (var ca in new[] { "ca", "rogue-ca" })
        {
            await RunAsync("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-keyout", Path.Combine(certs, ca + ".key"), "-out", Path.Combine(certs, ca + ".crt"), "-subj", $"/CN=FairNotice test {ca}");
        }

        await File.WriteAllTextAsync(Path.Combine(certs, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        await KeyAndRequest("server", "/CN=127.0.0.1");
        await Sign("server", "ca", "-extfile", Path.Combine(certs, "san.ext"));
        foreach (var user in new[] { Owner, Serving })
        {
            await KeyAndRequest(user, "/CN=" + user);
            await Sign(user, "ca");
        }

        await KeyAndRequest("rogue", "/CN=" + Serving);
        await Sign("rogue", "rogue-ca");
        await RunAsync("chmod", "600", Path.Combine(certs, "server.key"));
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static Task AsPostgresAsync(string file, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", file, .. args]) : RunAsync(file, args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {await stderr}{await stdout}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgresAsync(Path.Combine(Bin, "pg_ctl"), "-D", Path.Combine(Dir, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(Dir, recursive: true);
        }
    }
}
