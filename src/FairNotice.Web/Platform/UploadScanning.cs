using System.Buffers.Binary;
using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FairNotice.Domain;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>The virus scanner every untrusted upload goes through before it is parsed or stored (section "Antivirus",
/// ASVS 5.4.3, ADR "antivirus scan of uploads").</summary>
internal sealed class AntivirusOptions
{
    /// <summary>Where ClamAV's <c>clamd</c> listens: <c>unix:/run/clamav/clamd.ctl</c> (Debian's socket) or
    /// <c>tcp://127.0.0.1:3310</c>.</summary>
    public string? Clamd { get; set; }

    /// <summary>Accept uploads without scanning them. Explicit, logged as a warning at every start, and meant for the
    /// embedded demo (appsettings.Development.json) and machines without ClamAV; never set it in production.</summary>
    public bool RunWithoutScanner { get; set; }

    /// <summary>How long one scan may take before the upload is refused as "scanner unavailable".</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The Retry-After a client is told when the scanner does not answer.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 60;
}

/// <summary>What the scanner said about one file.</summary>
internal abstract record ScanVerdict
{
    /// <summary>Nothing found (or, with <see cref="AntivirusOptions.RunWithoutScanner"/>, not scanned).</summary>
    public sealed record Clean : ScanVerdict;

    /// <summary>A signature matched; its name (e.g. <c>Win.Test.EICAR_HDB-1</c>) says what, never who.</summary>
    public sealed record Infected(string Signature) : ScanVerdict;

    /// <summary>The scanner did not answer, answered an error or took too long: the upload is refused (fail closed).</summary>
    public sealed record Unavailable(string Reason) : ScanVerdict;
}

internal interface IUploadScanner
{
    Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> data, CancellationToken ct);
}

/// <summary>A <c>clamd</c> client speaking its INSTREAM command over a Unix socket or TCP: <c>zINSTREAM\0</c>, then chunks
/// each prefixed by its length as a 4-byte big-endian integer, a zero-length chunk to end, and one reply ending in NUL —
/// <c>stream: OK</c>, <c>stream: NAME FOUND</c> or <c>… ERROR</c> (clamd(8), "INSTREAM").</summary>
internal sealed class ClamdScanner(IOptions<AntivirusOptions> options) : IUploadScanner
{
    private const int ChunkSize = 64 * 1024;

    public async Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        var o = options.Value;
        if (o.Clamd is not { Length: > 0 } address)
        {
            return new ScanVerdict.Unavailable("no scanner configured (Antivirus:Clamd)");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.TimeoutSeconds));
        try
        {
            using var socket = await ConnectAsync(address, timeout.Token);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            var length = new byte[4];
            for (var offset = 0; offset < data.Length; offset += ChunkSize)
            {
                var chunk = data.Slice(offset, Math.Min(ChunkSize, data.Length - offset));
                BinaryPrimitives.WriteUInt32BigEndian(length, (uint)chunk.Length);
                await stream.WriteAsync(length, timeout.Token);
                await stream.WriteAsync(chunk, timeout.Token);
            }

            BinaryPrimitives.WriteUInt32BigEndian(length, 0);
            await stream.WriteAsync(length, timeout.Token);
            return Interpret(await ReadReplyAsync(stream, timeout.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ScanVerdict.Unavailable($"no answer within {o.TimeoutSeconds} s");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return new ScanVerdict.Unavailable(e.Message);
        }
    }

    /// <summary>clamd's reply to INSTREAM: <c>stream: OK</c>, <c>stream: Signature-Name FOUND</c>, or an error.</summary>
    internal static ScanVerdict Interpret(string reply)
    {
        var text = reply.TrimEnd('\0', '\n', ' ');
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var result = colon >= 0 ? text[(colon + 1)..].Trim() : text;
        if (result == "OK")
        {
            return new ScanVerdict.Clean();
        }

        return result.EndsWith(" FOUND", StringComparison.Ordinal) && result.Length > 6
            ? new ScanVerdict.Infected(result[..^6].Trim())
            : new ScanVerdict.Unavailable("clamd answered: " + (text.Length > 200 ? text[..200] : text));
    }

    private static async Task<Socket> ConnectAsync(string address, CancellationToken ct)
    {
        Socket socket;
        EndPoint endPoint;
        if (address.StartsWith("unix:", StringComparison.Ordinal))
        {
            socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            endPoint = new UnixDomainSocketEndPoint(address["unix:".Length..]);
        }
        else if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == "tcp" && uri.Port > 0)
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            endPoint = new DnsEndPoint(uri.Host, uri.Port);
        }
        else
        {
            throw new IOException("Antivirus:Clamd is neither unix:/path nor tcp://host:port");
        }

        try
        {
            await socket.ConnectAsync(endPoint, ct);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<string> ReadReplyAsync(Stream stream, CancellationToken ct)
    {
        var reply = new MemoryStream();
        var buffer = new byte[256];
        int read;
        while (reply.Length < 4096 && (read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            reply.Write(buffer, 0, read);
            if (buffer[read - 1] == 0)
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(reply.ToArray());
    }
}

/// <summary>The explicit "no scanner" setting: every upload counts as clean; the start says so loudly.</summary>
internal sealed class NoScanner : IUploadScanner
{
    public Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> data, CancellationToken ct) => Task.FromResult<ScanVerdict>(new ScanVerdict.Clean());
}

internal static partial class UploadScanning
{
    /// <summary>The error code of a refused (infected) upload; audited under the same name.</summary>
    public const string InfectedCode = "upload.malware";

    public static IServiceCollection AddUploadScanning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AntivirusOptions>().BindConfiguration("Antivirus").ValidateDataAnnotations().ValidateOnStart();
        var o = configuration.GetSection("Antivirus").Get<AntivirusOptions>() ?? new AntivirusOptions();
        // A configured scanner wins over the "run without" switch: a machine that has clamd uses it.
        services.AddSingleton<MalwareScan>();
        return o.Clamd is not { Length: > 0 } && o.RunWithoutScanner
            ? services.AddSingleton<IUploadScanner, NoScanner>()
            : services.AddSingleton<IUploadScanner, ClamdScanner>();
    }

    /// <summary>At start: Production refuses to run with neither a scanner nor the explicit switch; running without a
    /// scanner is a warning at every start; elsewhere, no scanner means uploads are refused (503) until one is set.</summary>
    public static void CheckScanner(this WebApplication app)
    {
        var o = app.Services.GetRequiredService<IOptions<AntivirusOptions>>().Value;
        if (o.Clamd is { Length: > 0 })
        {
            return;
        }

        if (o.RunWithoutScanner)
        {
            Log.RunningWithoutScanner(app.Logger);
            return;
        }

        if (app.Environment.IsProduction())
        {
            throw new StartupRefusedException("FairNotice cannot start: uploads must be scanned for malware; set Antivirus:Clamd "
                + "(e.g. unix:/run/clamav/clamd.ctl), or Antivirus:RunWithoutScanner=true to accept the risk (README \"Antivirus\").");
        }

        Log.NoScannerConfigured(app.Logger);
    }

    internal static partial class Log
    {
        [LoggerMessage(EventId = 5401, Level = LogLevel.Warning,
            Message = "Antivirus:RunWithoutScanner is set: uploads (redress documents, photos) are NOT scanned for malware. Set Antivirus:Clamd in production.")]
        public static partial void RunningWithoutScanner(ILogger logger);

        [LoggerMessage(EventId = 5402, Level = LogLevel.Warning,
            Message = "No virus scanner configured (Antivirus:Clamd): every upload will be refused with 503 until one is set, or Antivirus:RunWithoutScanner=true.")]
        public static partial void NoScannerConfigured(ILogger logger);

        // The field and the signature's name only: never the file's name, content or who sent it.
        [LoggerMessage(EventId = 5403, Level = LogLevel.Warning, Message = "Upload refused by the virus scanner: field {Field}, signature {Signature}.")]
        public static partial void Infected(ILogger logger, string field, string signature);

        [LoggerMessage(EventId = 5404, Level = LogLevel.Error, Message = "Virus scanner unavailable, upload refused (fail closed): {Reason}.")]
        public static partial void Unavailable(ILogger logger, string reason);
    }
}

/// <summary>What a use case calls before it parses or stores uploaded files.</summary>
internal sealed class MalwareScan(IUploadScanner scanner, IOptions<AntivirusOptions> options, ILogger<MalwareScan> logger)
{
    /// <summary>Scans every file. A hit is an <see cref="UnacceptableContentError"/> naming the field (422) with the
    /// signature's name for the audit trail; a silent or failing scanner an <see cref="UnavailableError"/> (503 with
    /// Retry-After). Null when every file is clean.</summary>
    public async Task<(Error Error, string? Signature)?> CheckAsync(IEnumerable<(string Field, byte[] Data)> files, CancellationToken ct)
    {
        foreach (var (field, data) in files)
        {
            switch (await scanner.ScanAsync(data, ct))
            {
                case ScanVerdict.Infected infected:
                    UploadScanning.Log.Infected(logger, field, infected.Signature);
                    return (new UnacceptableContentError(UploadScanning.InfectedCode, "A file was refused by the virus scanner.",
                        new Dictionary<string, string[]> { [field] = ["The virus scanner found malware in this file; nothing was stored."] }), infected.Signature);
                case ScanVerdict.Unavailable unavailable:
                    UploadScanning.Log.Unavailable(logger, unavailable.Reason);
                    return (new UnavailableError("upload.scanner_unavailable",
                        "Uploads cannot be checked for malware right now, so nothing was stored; try again later.", options.Value.RetryAfterSeconds), null);
            }
        }

        return null;
    }
}
