using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FairNotice.Domain.Audit;

/// <summary>The newest state digest the trail records for an object.</summary>
/// <param name="Sequence">The entry that recorded it.</param>
/// <param name="Digest">The digest.</param>
public sealed record RecordedState(long Sequence, string Digest);

/// <summary>The verdict on the objects the trail covers.</summary>
/// <param name="Intact">True when every object's state is the one the trail recorded last.</param>
/// <param name="ObjectsChecked">How many objects were compared.</param>
/// <param name="ObjectId">The first object found wrong (its id only, never its content).</param>
/// <param name="Sequence">The entry that recorded that object's last state, if any.</param>
/// <param name="Message">Plain-language account.</param>
public sealed record StateVerdict(bool Intact, int ObjectsChecked, string? ObjectId, long? Sequence, string Message)
{
    /// <summary>A verdict whose message is a template of <see cref="AuditMessages"/>.</summary>
    internal StateVerdict(bool intact, int objectsChecked, string? objectId, long? sequence, LocalMessage message)
        : this(intact, objectsChecked, objectId, sequence, message.English) => Local = message;

    /// <summary>The message as a key and arguments, for the audit page's language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LocalMessage? Local { get; init; }
}

/// <summary>Digests of an object's whole canonical state, recorded in the keyed chain with every write, so that rows
/// changed or deleted behind the application's back are found.</summary>
/// <remarks>
/// The caller lists the state's fields in a fixed order (children sorted by a stable key); each field is
/// length-prefixed, so no two different lists digest alike. The digest of an object that no longer exists is
/// <see cref="Deleted"/>.
/// </remarks>
public static class StateDigests
{
    /// <summary>The digest recorded when an object is deleted through the application.</summary>
    public const string Deleted = "deleted";

    /// <summary>SHA-256 (lower-case hex) over the fields, in order.</summary>
    /// <param name="fields">The canonical fields; null is distinct from empty.</param>
    public static string Of(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var sb = new StringBuilder(1024).Append("fairnotice-state/1|");
        foreach (var f in fields)
        {
            if (f is null)
            {
                sb.Append("-1:");
            }
            else
            {
                sb.Append(f.Length).Append(':').Append(f).Append('|');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>A time as a state field: UTC, to the millisecond (what every provider stores exactly).</summary>
    /// <param name="at">The time, or null.</param>
    public static string? Field(DateTimeOffset? at) =>
        at is { } t ? AuditChain.Normalise(t).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) : null;

    /// <summary>Compares the state the trail recorded last for each object with the state found now.</summary>
    /// <param name="recorded">Per object id, the newest recorded digest.</param>
    /// <param name="current">Per object id, the digest of its state now.</param>
    public static StateVerdict Compare(IReadOnlyDictionary<string, RecordedState> recorded, IReadOnlyDictionary<string, string> current)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(current);
        foreach (var (id, digest) in current.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!recorded.TryGetValue(id, out var r))
            {
                return new(false, current.Count, id, null, AuditMessages.Say("NeverRecorded", id));
            }

            if (!string.Equals(r.Digest, digest, StringComparison.Ordinal))
            {
                return new(false, current.Count, id, r.Sequence, string.Equals(r.Digest, Deleted, StringComparison.Ordinal)
                    ? AuditMessages.Say("DeletedExistsAgain", id, r.Sequence)
                    : AuditMessages.Say("StateDiffers", id, r.Sequence));
            }
        }

        foreach (var (id, r) in recorded.OrderBy(c => c.Value.Sequence))
        {
            if (!current.ContainsKey(id) && !string.Equals(r.Digest, Deleted, StringComparison.Ordinal))
            {
                return new(false, current.Count, id, r.Sequence, AuditMessages.Say("ObjectGone", id, r.Sequence));
            }
        }

        return new(true, current.Count, null, null, AuditMessages.Say("StatesMatch", current.Count));
    }
}
