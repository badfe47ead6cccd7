using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>
/// A real ClamAV <c>clamd</c> started for one test class, on a private Unix socket, with a private signature database that
/// holds one signature: the EICAR test file. ClamAV's published databases come from the internet, which tests cannot
/// reach, so the test writes its own: <c>eicar.ndb</c> is ClamAV's "extended signature" format,
/// <c>Name:TargetType:Offset:HexSignature</c> — target 0 (any file), offset <c>*</c> (anywhere in the file) and the hex of
/// the 68 EICAR bytes (the industry's harmless test string, eicar.org). <c>clamd</c> loads any <c>.ndb</c> in its
/// database folder; nothing else is needed.
/// </summary>
/// <remarks>Without clamd installed this fails with a message saying how to install it (test.sh does): it never passes
/// silently.</remarks>
public sealed class PrivateClamd : IAsyncDisposable
{
    /// <summary>The EICAR test string (eicar.org): every virus scanner reports it, it does nothing.</summary>
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public const string SignatureName = "FairNotice.Test.EICAR";

    private readonly string _dir;
    private Process? _process;

    private PrivateClamd(string dir) => _dir = dir;

    public string Socket => Path.Combine(_dir, "clamd.sock");

    /// <summary>The setting value for <c>Antivirus:Clamd</c>.</summary>
    public string Address => "unix:" + Socket;

    public static async Task<PrivateClamd> StartAsync()
    {
        var clamd = new[] { "/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("clamd is not installed, so the virus-scan tests cannot run: install Debian's clamav-daemon "
                + "(apt-get install clamav-daemon; ./test.sh does it) — these tests never pass without a real scanner.");
        // Short path: a Unix socket's path is limited to 107 bytes.
        var dir = Path.Combine("/tmp", $"fn-clamd-{Guid.NewGuid():N}"[..17]);
        Directory.CreateDirectory(Path.Combine(dir, "db"));
        var hex = Convert.ToHexStringLower(Encoding.ASCII.GetBytes(Eicar));
        await File.WriteAllTextAsync(Path.Combine(dir, "db", "eicar.ndb"), $"{SignatureName}:0:*:{hex}\n");
        var instance = new PrivateClamd(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "clamd.conf"), $"""
            Foreground yes
            DatabaseDirectory {Path.Combine(dir, "db")}
            LocalSocket {instance.Socket}
            LogFile {Path.Combine(dir, "clamd.log")}
            SelfCheck 3600
            """);
        await instance.StartProcessAsync(clamd);
        return instance;
    }

    private async Task StartProcessAsync(string clamd)
    {
        var psi = new ProcessStartInfo(clamd) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Path.Combine(_dir, "clamd.conf"));
        _process = Process.Start(psi)!;
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited)
            {
                break;
            }

            if (await PingAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        var log = File.Exists(Path.Combine(_dir, "clamd.log")) ? await File.ReadAllTextAsync(Path.Combine(_dir, "clamd.log")) : "(no log)";
        throw new InvalidOperationException($"clamd did not answer PING within 60 s. Its log:\n{log}");
    }

    /// <summary>True when clamd answers PONG on its socket.</summary>
    public async Task<bool> PingAsync()
    {
        try
        {
            using var socket = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(Socket));
            await socket.SendAsync("zPING\0"u8.ToArray());
            var buffer = new byte[16];
            var read = await socket.ReceiveAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops clamd (as a crash or an operator would) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
    }
}
