using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Platform;

/// <summary>The stored outcome of a create called with an Idempotency-Key, so a retry gets the same answer.</summary>
internal sealed class IdempotencyRecord
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public Guid ResourceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        b.Property(r => r.UserId).HasMaxLength(64);
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.RequestHash).HasMaxLength(64);
    }
}

internal static class Idempotency
{
    public const string Header = "Idempotency-Key";

    public static string? KeyFrom(HttpRequest request) =>
        request.Headers.TryGetValue(Header, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    public static string Hash<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, Json.Options)));

    /// <summary>The earlier outcome for this key, or an error when the key was used for a different request.</summary>
    public static async Task<(IdempotencyRecord? Replay, IResult? Error)> FindAsync(AppDbContext db, string userId, string? key, string requestHash, CancellationToken ct)
    {
        var (replay, error) = await FindErrorAsync(db, userId, key, requestHash, ct);
        return (replay, error is null ? null : Problems.From(error));
    }

    /// <summary>As <see cref="FindAsync"/>, with the refusal as a domain error (for handlers that return typed results).</summary>
    public static async Task<(IdempotencyRecord? Replay, Domain.Error? Error)> FindErrorAsync(AppDbContext db, string userId, string? key, string requestHash, CancellationToken ct)
    {
        if (key is null)
        {
            return (null, null);
        }

        if (key.Length > 200)
        {
            return (null, new Domain.InvalidError("idempotency.key_too_long", "The Idempotency-Key is too long.", new Dictionary<string, string[]> { [Header] = ["At most 200 characters."] }));
        }

        var existing = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
        if (existing is null)
        {
            return (null, null);
        }

        return existing.RequestHash == requestHash
            ? (existing, null)
            : (null, new Domain.ConflictError("idempotency.key_reused", "This Idempotency-Key was already used for a different request."));
    }
}
