using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FairNotice.Domain.Retention;

/// <summary>What a retention rule applies to.</summary>
public enum RetentionSubject
{
    /// <summary>Requests refused by the Secretariat: personal data erased, the statistics' facts kept.</summary>
    RefusedRequests,
    /// <summary>Notices and diffusions whose validity ended.</summary>
    ExpiredRequests,
    /// <summary>Requests cancelled by the Secretariat.</summary>
    CancelledRequests,
    /// <summary>Requests withdrawn by their source (the source's own deletion).</summary>
    WithdrawnRequests,
    /// <summary>Drafts never submitted.</summary>
    AbandonedDrafts,
    /// <summary>Documents filed with a redress request, from the file's closing.</summary>
    RedressAttachments,
    /// <summary>The rest of a closed redress file that names the applicant (identity, contact, statement, messages, consultations).</summary>
    RedressFiles,
    /// <summary>Pre-checks of a person by a member.</summary>
    PreChecks,
    /// <summary>Purge notifications once acknowledged.</summary>
    PurgeRecords,
    /// <summary>Idempotency keys of creates.</summary>
    IdempotencyKeys,
    /// <summary>Audit entries (pruned behind a signed checkpoint).</summary>
    AuditEntries,
}

/// <summary>One retention rule: how long something is kept after the event that starts its clock, and where the period comes from.</summary>
/// <param name="Id">Stable id, named in the audit trail and the tombstone.</param>
/// <param name="Subject">What it applies to.</param>
/// <param name="Days">Days kept after <paramref name="From"/> (0: erased at the next run).</param>
/// <param name="From">The event that starts the clock, in words.</param>
/// <param name="Source">Where the period comes from.</param>
/// <param name="Proposal">True when the period is this project's proposal, not a number a rule gives.</param>
public sealed record RetentionRule(string Id, RetentionSubject Subject, int Days, string From, string Source, bool Proposal)
{
    /// <summary>The period as a time span.</summary>
    public TimeSpan Period => TimeSpan.FromDays(Days);

    /// <summary>Whether something whose clock started at <paramref name="since"/> is due for erasure at <paramref name="now"/>.</summary>
    /// <param name="since">When the clock started (null: it has not started).</param>
    /// <param name="now">The job's time.</param>
    /// <param name="heldByOpenFile">True when an open Commission file concerns it: held until the file closes.</param>
    public bool IsDue(DateTimeOffset? since, DateTimeOffset now, bool heldByOpenFile = false) =>
        !heldByOpenFile && since is { } s && s + Period <= now;

    /// <summary>The cut-off: whatever started its clock at or before it is due.</summary>
    /// <param name="now">The job's time.</param>
    public DateTimeOffset Cutoff(DateTimeOffset now) => now - Period;
}

/// <summary>The retention schedule, read from <c>Retention/retention.json</c> (versioned with the code; each rule with its source).</summary>
/// <remarks>Every <see cref="RetentionSubject"/> has exactly one rule; the file's version is named in every retention run's audit entry.</remarks>
public sealed class RetentionSchedule
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private RetentionSchedule(string version, IReadOnlyList<RetentionRule> rules)
    {
        Version = version;
        Rules = rules;
    }

    /// <summary>The schedule shipped with this build.</summary>
    public static RetentionSchedule Default { get; } = Load();

    /// <summary>The schedule's version (the data file's <c>version</c>).</summary>
    public string Version { get; }

    /// <summary>Every rule, in the file's order.</summary>
    public IReadOnlyList<RetentionRule> Rules { get; }

    /// <summary>The rule for a subject.</summary>
    /// <param name="subject">What it applies to.</param>
    public RetentionRule For(RetentionSubject subject) => Rules.Single(r => r.Subject == subject);

    /// <summary>The same schedule with every period replaced (demo mode's short run; tests).</summary>
    /// <param name="days">The period for every rule.</param>
    public RetentionSchedule WithEveryPeriod(int days) =>
        new(Version + string.Create(CultureInfo.InvariantCulture, $"+every-{days}d"), [.. Rules.Select(r => r with { Days = Math.Min(r.Days, days) })]);

    /// <summary>Reads a schedule from JSON (the data file's shape), checking that every subject has one rule with a source.</summary>
    /// <param name="json">The file's content.</param>
    public static RetentionSchedule Parse(string json)
    {
        var file = JsonSerializer.Deserialize<ScheduleFile>(json, Options) ?? throw new FormatException("Empty retention schedule.");
        var rules = file.Rules ?? [];
        foreach (var subject in Enum.GetValues<RetentionSubject>())
        {
            if (rules.Count(r => r.Subject == subject) != 1)
            {
                throw new FormatException($"The retention schedule needs exactly one rule for {subject}.");
            }
        }

        if (rules.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Source) || string.IsNullOrWhiteSpace(r.Id) || r.Days < 0) is { } bad)
        {
            throw new FormatException($"Retention rule {bad.Id} needs an id, a source and a period of zero days or more.");
        }

        return new RetentionSchedule(file.Version ?? throw new FormatException("The retention schedule has no version."), rules);
    }

    private static RetentionSchedule Load()
    {
        using var stream = typeof(RetentionSchedule).Assembly.GetManifestResourceStream("FairNotice.Domain.Retention.retention.json")
            ?? throw new InvalidOperationException("retention.json is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record ScheduleFile(string? Version, List<RetentionRule>? Rules);
}
