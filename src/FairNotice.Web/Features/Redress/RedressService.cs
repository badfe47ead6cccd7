using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>An uploaded file as received (from a form or the API).</summary>
internal sealed record Upload(string Kind, string FileName, string? DeclaredType, byte[] Data);

/// <summary>What an applicant files.</summary>
public sealed record FileRedressRequest(RedressType? Type, string? Language, string? FamilyName, string? Forenames, string? DateOfBirth, string? Nationality,
    bool ByRepresentative, string? RepresentativeName, string? ContactEmail, string? Statement, string? PreviousNumber, string? NewFact, string? NewFactDiscovered);

/// <summary>The receipt: the request number and the private follow-up code (shown once).</summary>
public sealed record RedressReceipt(string Number, string FollowUpCode, DateOnly AdmissibilityDue, string Citation);

/// <summary>What the applicant may read about their request.</summary>
public sealed record ApplicantView(string Number, string Type, string Status, DateTimeOffset ReceivedAt, DateOnly? AdmissibilityDue, DateOnly? DecisionDue,
    string? Outcome, string? Reasons, IReadOnlyList<string> Disclosed, IReadOnlyList<MessageView> Messages);

public sealed record MessageView(DateTimeOffset At, string Text);

public sealed record DeadlineView(string What, DateOnly Due, string Citation, string State);

public sealed record RedressSummary(Guid Id, string Number, string Type, string Status, DateTimeOffset ReceivedAt, DeadlineView? Next, int Links, bool Blocking);

public sealed record LinkView(Guid Id, Guid NoticeId, string NoticeReference, string SourceCountry, DateTimeOffset ConsultedAt, DateTimeOffset? AnsweredAt,
    bool? DisclosureAllowed, string? Restriction, string? SourceComment, string? BlockedFor);

public sealed record AttachmentView(Guid Id, string Kind, string FileName, string ContentType, long Size, string Sha256);

public sealed record RedressFileView(Guid Id, string Number, string Type, string Status, string Language, string FamilyName, string Forenames, string? DateOfBirth,
    string? Nationality, bool ByRepresentative, string? RepresentativeName, string ContactEmail, string Statement, string? PreviousNumber, string? NewFact,
    DateOnly? NewFactDiscovered, DateTimeOffset ReceivedAt, IReadOnlyList<DeadlineView> Deadlines, string? Outcome, string? Reasons,
    IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<LinkView> Links, IReadOnlyList<RedressEventView> Events, IReadOnlyList<string> DisclosedToApplicant);

public sealed record RedressEventView(DateTimeOffset At, string ActorId, string Action, string Text, bool ToApplicant, bool ToSource);

public sealed record AdmissibilityRequest(bool? Admissible, string? Reason);

public sealed record LinkNoticeRequest(Guid? NoticeId, string? SummaryForSource);

public sealed record ProvisionalMeasureRequest(Guid? NoticeId, ProvisionalGround? Ground, string? Reason);

public sealed record DeadlineNoticeRequest(string? Reason, DateOnly? ExpectedBy);

public sealed record DecisionRequest(RedressOutcome? Outcome, string? Reasons, string? Update);

public sealed record ConsultationAnswer(bool? AllowDisclosure, DisclosureRestriction? Restriction, string? Comment);

/// <summary>What the source NCB sees of a request about its data: never the applicant's contact details or documents.</summary>
public sealed record ConsultationView(Guid Id, string RequestNumber, string RequestType, string NoticeReference, string Summary, DateTimeOffset ConsultedAt,
    DateTimeOffset? AnsweredAt, bool? DisclosureAllowed, string? Restriction, string? BlockedFor, IReadOnlyList<MessageView> Messages);

public sealed record PurgeView(Guid Id, string NoticeReference, string Member, DateTimeOffset NotifiedAt, DateOnly Due, DateTimeOffset? AcknowledgedAt, bool Overdue);

/// <summary>Decisions the Secretariat must implement or know of (no applicant data).</summary>
public sealed record SecretariatDecisionView(string RequestNumber, string NoticeReference, string Outcome, string Reasons, DateTimeOffset DecidedAt, DateOnly? DeleteBy);

/// <summary>The Commission's procedure: filing, admissibility, consultation, provisional measures, deadlines, binding decisions.</summary>
internal static class RedressService
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public static readonly string[] Languages = ["ar", "en", "fr", "es"];

    public static async Task<Result<(RedressRequest Request, RedressReceipt Receipt)>> FileAsync(AppDbContext db, DateTimeOffset now, FileRedressRequest r, IReadOnlyList<Upload> uploads, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Bad(string field, string message) => errors[field] = [message];
        if (r.Type is not { } type || !Enum.IsDefined(type))
        {
            Bad("type", $"One of: {string.Join(", ", Enum.GetNames<RedressType>())}.");
        }

        if (r.Language is null || !Languages.Contains(r.Language))
        {
            Bad("language", "The request is written in Arabic (ar), English (en), French (fr) or Spanish (es).");
        }

        if (string.IsNullOrWhiteSpace(r.FamilyName) || r.FamilyName.Length > 200)
        {
            Bad("familyName", "The family name of the person concerned is required (at most 200 characters).");
        }

        if (string.IsNullOrWhiteSpace(r.Forenames) || r.Forenames.Length > 200)
        {
            Bad("forenames", "The forenames of the person concerned are required (at most 200 characters).");
        }

        if (!string.IsNullOrWhiteSpace(r.DateOfBirth) && !PartialDate.TryParse(r.DateOfBirth, out _))
        {
            Bad("dateOfBirth", "Use YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        if (!string.IsNullOrWhiteSpace(r.Nationality) && !MemberCatalogue.IsMember(r.Nationality.ToUpperInvariant()) && r.Nationality.Length != 2)
        {
            Bad("nationality", "ISO 3166 alpha-2 code.");
        }

        if (string.IsNullOrWhiteSpace(r.ContactEmail) || r.ContactEmail.Length > 254 || !MailAddress.TryCreate(r.ContactEmail, out _))
        {
            Bad("contactEmail", "An email address where the Commission can reach the applicant.");
        }

        if (string.IsNullOrWhiteSpace(r.Statement) || r.Statement.Length < 20 || r.Statement.Length > 20000)
        {
            Bad("statement", "State the purpose of the request (20 to 20,000 characters).");
        }

        if (r.ByRepresentative && string.IsNullOrWhiteSpace(r.RepresentativeName))
        {
            Bad("representativeName", "A representative gives their name.");
        }

        foreach (var (field, value) in new[] { ("familyName", r.FamilyName), ("forenames", r.Forenames), ("representativeName", r.RepresentativeName) })
        {
            if (NameCharacters.HasUnsafe(value))
            {
                Bad(field, NameCharacters.Message);
            }
        }

        DateOnly? discovered = null;
        if (r.Type == RedressType.Revision)
        {
            if (string.IsNullOrWhiteSpace(r.PreviousNumber))
            {
                Bad("previousNumber", "A revision names the request whose decision it asks to revise.");
            }

            if (string.IsNullOrWhiteSpace(r.NewFact))
            {
                Bad("newFact", "A revision rests on a newly discovered fact (CCF Statute Art. 42).");
            }

            if (!DateOnly.TryParseExact(r.NewFactDiscovered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Bad("newFactDiscovered", "The date the new fact was discovered (YYYY-MM-DD).");
            }
            else if (!CommissionDeadlines.RevisionInTime(d, DateOnly.FromDateTime(now.UtcDateTime)))
            {
                Bad("newFactDiscovered", "A revision must be filed within six months of discovering the new fact (CCF Statute Art. 42), and not before it.");
            }
            else
            {
                discovered = d;
            }
        }

        var stored = new List<RedressAttachment>();
        foreach (var (kind, required) in new[] { ("identityDocument", true), ("signedStatement", true), ("powerOfAttorney", r.ByRepresentative) })
        {
            var files = uploads.Where(u => u.Kind == kind).ToList();
            if (files.Count == 0)
            {
                if (required)
                {
                    Bad(kind, kind == "powerOfAttorney" ? "A representative attaches the power of attorney." : kind == "identityDocument"
                        ? "Attach a copy of an unredacted identity document (PDF, JPEG or PNG, at most 5 MiB)."
                        : "Attach the signed statement (PDF, JPEG or PNG, at most 5 MiB).");
                }

                continue;
            }

            if (files.Count > 1)
            {
                Bad(kind, "Attach one file.");
                continue;
            }

            var f = files[0];
            var sniffed = Sniff(f.Data);
            if (f.Data.Length == 0 || f.Data.Length > MaxUploadBytes)
            {
                Bad(kind, "The file is empty or larger than 5 MiB.");
            }
            else if (sniffed is null)
            {
                Bad(kind, "Only PDF, JPEG or PNG files are accepted (checked by content, not by name).");
            }
            else
            {
                var parsed = Parse(kind, sniffed, f.Data);
                if (!parsed.IsOk)
                {
                    Bad(kind, ((InvalidError)parsed.Error!).Fields[kind][0]);
                    continue;
                }

                var data = parsed.Value;
                stored.Add(new RedressAttachment
                {
                    // The stored name is ours (kind and checked type): the client's name and extension are never kept.
                    Id = Guid.CreateVersion7(now), Kind = kind, FileName = StoredName(kind, sniffed), ContentType = sniffed, Size = data.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(data)), Data = data,
                });
            }
        }

        if (errors.Count > 0)
        {
            return new InvalidError("redress.invalid", "The request cannot be filed as it is.", errors);
        }

        await IdenticalUploads.StoreOnceAsync(db, stored, ct);
        var code = FollowUpCodes.New();
        var received = DateOnly.FromDateTime(now.UtcDateTime);
        var deadline = CommissionDeadlines.Admissibility(received);
        var request = new RedressRequest
        {
            Id = Guid.CreateVersion7(now), Type = r.Type!.Value, Status = RedressStatus.Received, Language = r.Language!,
            FamilyName = r.FamilyName!.Trim(), Forenames = r.Forenames!.Trim(), DateOfBirth = string.IsNullOrWhiteSpace(r.DateOfBirth) ? null : r.DateOfBirth.Trim(),
            Nationality = string.IsNullOrWhiteSpace(r.Nationality) ? null : r.Nationality.Trim().ToUpperInvariant(), ByRepresentative = r.ByRepresentative,
            RepresentativeName = r.ByRepresentative ? r.RepresentativeName?.Trim() : null, ContactEmail = r.ContactEmail!.Trim(), Statement = r.Statement!.Trim(),
            PreviousNumber = r.PreviousNumber?.Trim(), NewFact = r.NewFact?.Trim(), NewFactDiscovered = discovered, ReceivedAt = now,
            AdmissibilityDue = deadline.Due, FollowUpHash = FollowUpCodes.Hash(code), Attachments = stored,
        };
        request.Number = await NextNumberAsync(db, now, ct);
        request.AddEvent(now, "applicant", "Filed", $"Request received. The Commission decides on admissibility by {deadline.Due:yyyy-MM-dd} ({deadline.Citation}).", true, false);
        db.RedressRequests.Add(request);
        db.Audit(new Domain.Audit.AuditFacts(now, "applicant", null, null, "redress.file", "redress", request.Id.ToString(), null, "ok"));
        await db.SaveChangesAsync(ct);
        return (request, new RedressReceipt(request.Number, code, deadline.Due, deadline.Citation));
    }

    /// <summary>A fresh follow-up code for a replayed filing (the first answer was lost); the earlier code stops working.</summary>
    public static async Task<RedressReceipt> ReissueCodeAsync(AppDbContext db, DateTimeOffset now, Guid id, CancellationToken ct)
    {
        var request = await db.RedressRequests.FirstAsync(r => r.Id == id, ct);
        var code = FollowUpCodes.New();
        request.FollowUpHash = FollowUpCodes.Hash(code);
        request.Version++;
        db.Audit(new Domain.Audit.AuditFacts(now, "applicant", null, null, "redress.code_reissued", "redress", id.ToString(), null, "ok"));
        await db.SaveChangesAsync(ct);
        var deadline = CommissionDeadlines.Admissibility(DateOnly.FromDateTime(request.ReceivedAt.UtcDateTime));
        return new RedressReceipt(request.Number, code, deadline.Due, deadline.Citation);
    }

    /// <summary>The applicant's view, given the number and the follow-up code; the same "not found" for a wrong number or code.</summary>
    public static async Task<Result<ApplicantView>> ForApplicantAsync(AppDbContext db, DateTimeOffset now, string? number, string? code,
        FollowUpGuesses guesses, string client, CancellationToken ct)
    {
        var wanted = number?.Trim().ToUpperInvariant();
        var request = string.IsNullOrWhiteSpace(wanted) || string.IsNullOrWhiteSpace(code) ? null
            : await db.RedressRequests.Include(r => r.Events).Include(r => r.Links).AsSplitQuery().FirstOrDefaultAsync(r => r.Number == wanted, ct);
        var legacy = false;
        if (request is null || !FollowUpCodes.Matches(request.FollowUpHash, code!, out legacy))
        {
            // Counted, not audited one by one: a guesser must not write the trail at their pace (FollowUpGuesses).
            if (guesses.Count(now, client) is { } finished)
            {
                db.Audit(FollowUpGuesses.Facts(now, finished));
                await db.SaveChangesAsync(ct);
            }

            return new NotFoundError("redress.not_found", "No request matches this number and follow-up code.");
        }

        if (legacy)
        {
            request.FollowUpHash = FollowUpCodes.Hash(code!); // an old unsalted digest leaves the database at its first use
        }

        db.Audit(new Domain.Audit.AuditFacts(now, "applicant", null, null, "redress.follow_up", "redress", request.Id.ToString(), null, "ok"));
        await db.SaveChangesAsync(ct);
        return new ApplicantView(request.Number, request.Type.ToString(), request.Status.ToString(), request.ReceivedAt,
            request.Status == RedressStatus.Received ? request.AdmissibilityDue : null, request.Status == RedressStatus.Admissible ? request.DecisionDue : null,
            request.Outcome?.ToString(), request.Status == RedressStatus.Decided ? request.DecisionReasons : null,
            request.Type == RedressType.Access && request.Status == RedressStatus.Decided ? DisclosedLines(request) : [],
            [.. request.Events.Where(e => e.ToApplicant).OrderBy(e => e.At).Select(e => new MessageView(e.At, e.Text))]);
    }

    public static IReadOnlyList<string> DisclosedLines(RedressRequest request) =>
        Disclosure.ForApplicant(request.Links.Select(l => new DisclosableItem(l.NoticeReference, $"data held at the request of {l.SourceCountry}",
            l.DisclosureAllowed == true ? null : l.Restriction ?? DisclosureRestriction.PublicSecurityOrCrimePrevention, l.AnsweredAt is not null)));

    public static async Task<List<RedressSummary>> ListAsync(AppDbContext db, Actor actor, DateTimeOffset now, bool openOnly, CancellationToken ct)
    {
        var requests = await db.RedressRequests.AsNoTracking().Include(r => r.Links)
            .Where(r => !openOnly || r.Status == RedressStatus.Received || r.Status == RedressStatus.Admissible)
            .OrderBy(r => r.ReceivedAt).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.list", "redress", null, openOnly ? "open requests" : "all requests"));
        await db.SaveChangesAsync(ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. requests.Select(r => new RedressSummary(r.Id, r.Number, r.Type.ToString(), r.Status.ToString(), r.ReceivedAt, NextDeadline(r, today), r.Links.Count,
            r.Links.Any(l => l.BlockedFor is not null)))
            .OrderBy(s => s.Next?.Due ?? DateOnly.MaxValue)];
    }

    public static DeadlineView? NextDeadline(RedressRequest r, DateOnly today) => r.Status switch
    {
        RedressStatus.Received => View(new Deadline("decide admissibility", r.AdmissibilityDue, "CCF Statute Art. 32"), today),
        RedressStatus.Admissible when r.DecisionDue is { } due => View(new Deadline(r.Type == RedressType.Access ? "decide the access request" : "decide the request", due,
            r.Type == RedressType.Access ? "CCF Statute Art. 40(1)" : "CCF Statute Art. 40(2)"), today),
        _ => null,
    };

    private static DeadlineView View(Deadline d, DateOnly today) => new(d.What, d.Due, d.Citation, CommissionDeadlines.State(d.Due, today).ToString());

    public static async Task<Result<RedressRequest>> LoadAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, string purpose, CancellationToken ct)
    {
        var request = await db.RedressRequests.Include(r => r.Links).Include(r => r.Events).Include(r => r.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return new NotFoundError("redress.not_found", "No such request.");
        }

        db.Audit(actor.Facts(now, "redress.read", "redress", id.ToString(), purpose));
        return request;
    }

    public static RedressFileView ToView(RedressRequest r, DateOnly today)
    {
        var deadlines = new List<DeadlineView> { View(new Deadline("decide admissibility", r.AdmissibilityDue, "CCF Statute Art. 32"), today) };
        if (r.DecisionDue is { } due)
        {
            deadlines.Add(new DeadlineView(r.Type == RedressType.Access ? "decide the access request" : "decide the request", due,
                r.Type == RedressType.Access ? "CCF Statute Art. 40(1)" : "CCF Statute Art. 40(2)", r.Status == RedressStatus.Decided ? "Met" : CommissionDeadlines.State(due, today).ToString()));
        }

        if (r.Outcome == RedressOutcome.NotCompliant && r.DecidedAt is { } decided)
        {
            var d = CommissionDeadlines.Deletion(DateOnly.FromDateTime(decided.UtcDateTime));
            deadlines.Add(new DeadlineView(d.What, d.Due, d.Citation, CommissionDeadlines.State(d.Due, today).ToString()));
        }

        if (r.Status != RedressStatus.Received)
        {
            deadlines[0] = deadlines[0] with { State = "Met" };
        }

        return new RedressFileView(r.Id, r.Number, r.Type.ToString(), r.Status.ToString(), r.Language, r.FamilyName, r.Forenames, r.DateOfBirth, r.Nationality,
            r.ByRepresentative, r.RepresentativeName, r.ContactEmail, r.Statement, r.PreviousNumber, r.NewFact, r.NewFactDiscovered, r.ReceivedAt, deadlines,
            r.Outcome?.ToString(), r.DecisionReasons,
            [.. r.Attachments.Select(a => new AttachmentView(a.Id, a.Kind, a.FileName, a.ContentType, a.Size, a.Sha256))],
            [.. r.Links.Select(l => new LinkView(l.Id, l.NoticeId, l.NoticeReference, l.SourceCountry, l.ConsultedAt, l.AnsweredAt, l.DisclosureAllowed,
                l.Restriction?.ToString(), l.SourceComment, l.BlockedFor?.ToString()))],
            [.. r.Events.OrderBy(e => e.At).Select(e => new RedressEventView(e.At, e.ActorId, e.Action, e.Text, e.ToApplicant, e.ToSource))],
            r.Type == RedressType.Access ? DisclosedLines(r) : []);
    }

    public static async Task<Result<RedressRequest>> DecideAdmissibilityAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, AdmissibilityRequest a, CancellationToken ct)
    {
        if (a.Admissible is not { } admissible)
        {
            return new InvalidError("redress.invalid", "Say whether the request is admissible.", new Dictionary<string, string[]> { ["admissible"] = ["true or false."] });
        }

        if (!admissible && string.IsNullOrWhiteSpace(a.Reason))
        {
            return new InvalidError("redress.invalid", "An inadmissible request needs reasons.", new Dictionary<string, string[]> { ["reason"] = ["Say why the request is inadmissible."] });
        }

        var loaded = await LoadAsync(db, actor, now, id, "decide admissibility", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (r.Status != RedressStatus.Received)
        {
            return new ConflictError("redress.admissibility_decided", $"Admissibility was already decided ({r.Status}).");
        }

        r.AdmissibilityDecidedAt = now;
        if (admissible)
        {
            var deadline = CommissionDeadlines.Decision(r.Type, DateOnly.FromDateTime(now.UtcDateTime));
            r.Status = RedressStatus.Admissible;
            r.DecisionDue = deadline.Due;
            r.AddEvent(now, actor.UserId, "Admissible", $"The request is admissible. The Commission will decide by {deadline.Due:yyyy-MM-dd} ({deadline.Citation}).", true, false);
        }
        else
        {
            r.Status = RedressStatus.Inadmissible;
            r.AddEvent(now, actor.UserId, "Inadmissible", $"The request is not admissible: {a.Reason!.Trim()}", true, false);
        }

        r.Version++;
        db.Audit(actor.Facts(now, "redress.admissibility", "redress", id.ToString(), admissible ? "admissible" : "inadmissible"));
        return await SaveAsync(db, r, ct);
    }

    public static async Task<Result<RedressRequest>> LinkNoticeAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, LinkNoticeRequest l, CancellationToken ct)
    {
        if (l.NoticeId is not { } noticeId)
        {
            return new InvalidError("redress.invalid", "Name the notice.", new Dictionary<string, string[]> { ["noticeId"] = ["Required."] });
        }

        var loaded = await LoadAsync(db, actor, now, id, "consult the source of a notice", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (r.Status is RedressStatus.Inadmissible or RedressStatus.Decided)
        {
            return new ConflictError("redress.closed", $"The request is {r.Status}.");
        }

        if (r.Links.Any(x => x.NoticeId == noticeId))
        {
            return new ConflictError("redress.already_linked", "This notice is already part of the file.");
        }

        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.Status != NoticeStatus.Draft, ct);
        if (notice is null)
        {
            return new InvalidError("redress.invalid", "No such notice.", new Dictionary<string, string[]> { ["noticeId"] = ["Not a submitted request in the files."] });
        }

        var summary = string.IsNullOrWhiteSpace(l.SummaryForSource)
            ? $"The person concerned by {notice.Reference} has asked the Commission for {Describe(r.Type)}. Say whether the applicant may be told about these data; restricting disclosure needs one of the reasons listed in CCF Statute Art. 35(3)."
            : l.SummaryForSource.Trim();
        r.Links.Add(new RedressLink
        {
            Id = Guid.CreateVersion7(now), RequestId = r.Id, NoticeId = noticeId, NoticeReference = notice.Reference ?? "", SourceCountry = notice.RequestingCountry,
            SummaryForSource = summary.Length > 4000 ? summary[..4000] : summary, ConsultedAt = now,
        });
        r.AddEvent(now, actor.UserId, "Consulted", $"Source {notice.RequestingCountry} consulted about {notice.Reference}.", false, true);
        r.Version++;
        db.Audit(actor.Facts(now, "redress.consult", "redress", id.ToString(), notice.Reference));
        return await SaveAsync(db, r, ct);
    }

    public static async Task<Result<RedressRequest>> BlockAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, ProvisionalMeasureRequest m, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (m.NoticeId is null)
        {
            errors["noticeId"] = ["Required: a notice already in the file."];
        }

        if (m.Ground is not { } ground || !Enum.IsDefined(ground))
        {
            errors["ground"] = [$"One of: {string.Join(", ", Enum.GetNames<ProvisionalGround>())} (CCF Statute Art. 37)."];
        }

        if (string.IsNullOrWhiteSpace(m.Reason))
        {
            errors["reason"] = ["Say why the case is urgent."];
        }

        if (errors.Count > 0)
        {
            return new InvalidError("redress.invalid", "The provisional measure is incomplete.", errors);
        }

        var loaded = await LoadAsync(db, actor, now, id, "provisional measure", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (r.Status is RedressStatus.Inadmissible or RedressStatus.Decided)
        {
            return new ConflictError("redress.closed", $"Provisional measures apply while a request is pending; this one is {r.Status}.");
        }

        var link = r.Links.FirstOrDefault(x => x.NoticeId == m.NoticeId);
        if (link is null)
        {
            return new InvalidError("redress.invalid", "The notice is not part of this file.", new Dictionary<string, string[]> { ["noticeId"] = ["Link the notice to the request first."] });
        }

        var notice = await db.Notices.Include(n => n.Countries).Include(n => n.Events).FirstAsync(n => n.Id == link.NoticeId, ct);
        link.BlockedFor = m.Ground;
        notice.BlockedByCommission = true;
        notice.UpdatedAt = now;
        notice.Version++;
        notice.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = "CommissionBlock", FromStatus = notice.Status, ToStatus = notice.Status,
            Reason = $"Blocked by the Commission as a provisional measure ({m.Ground}, CCF Statute Art. 37)." });
        r.AddEvent(now, actor.UserId, "Blocked", $"{link.NoticeReference} blocked as a provisional measure ({m.Ground}): {m.Reason!.Trim()}", false, true);
        r.Version++;
        db.Audit(actor.Facts(now, "redress.block", "notice", notice.Id.ToString(), m.Ground.ToString()));
        return await SaveAsync(db, r, ct);
    }

    public static async Task<Result<RedressRequest>> DeadlineNoticeAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, DeadlineNoticeRequest d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(d.Reason))
        {
            errors["reason"] = ["Say why the deadline cannot be met."];
        }

        if (d.ExpectedBy is null)
        {
            errors["expectedBy"] = ["When the parties can expect the decision (YYYY-MM-DD)."];
        }

        if (errors.Count > 0)
        {
            return new InvalidError("redress.invalid", "The notice to the parties is incomplete (CCF Statute Art. 40(3)).", errors);
        }

        var loaded = await LoadAsync(db, actor, now, id, "deadline notice", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (r.Status != RedressStatus.Admissible || r.DecisionDue is not { } due)
        {
            return new ConflictError("redress.no_running_deadline", "Only an admissible request awaiting its decision has a decision deadline.");
        }

        if (d.ExpectedBy <= due)
        {
            return new InvalidError("redress.invalid", "The new date must be after the current deadline.", new Dictionary<string, string[]> { ["expectedBy"] = [$"After {due:yyyy-MM-dd}."] });
        }

        r.AddEvent(now, actor.UserId, "DeadlineNotice",
            $"The Commission cannot decide by {due:yyyy-MM-dd} and expects to decide by {d.ExpectedBy:yyyy-MM-dd} (CCF Statute Art. 40(3)): {d.Reason!.Trim()}", true, true);
        r.DecisionDue = d.ExpectedBy;
        r.Version++;
        db.Audit(actor.Facts(now, "redress.deadline_notice", "redress", id.ToString(), $"until {d.ExpectedBy:yyyy-MM-dd}"));
        return await SaveAsync(db, r, ct);
    }

    public static async Task<Result<RedressRequest>> DecideAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, DecisionRequest d, CancellationToken ct)
    {
        var checkedFile = await CheckDecisionAsync(db, actor, now, id, d, ct);
        if (!checkedFile.IsOk)
        {
            return checkedFile;
        }

        var r = checkedFile.Value;
        var outcomeValue = d.Outcome!.Value;
        var reasons = d.Reasons!.Trim() + (outcomeValue == RedressOutcome.CompliantWithUpdate ? $" Update required: {d.Update!.Trim()}" : "");
        r.Status = RedressStatus.Decided;
        r.Outcome = outcomeValue;
        r.DecisionReasons = reasons;
        r.DecidedAt = now;
        r.Version++;
        r.AddEvent(now, actor.UserId, "Decided", $"Decision ({outcomeValue}), binding on the Organization (CCF Statute Art. 26): {reasons}", true, true);
        var notices = await db.Notices.Include(n => n.Countries).Include(n => n.Events).AsSplitQuery()
            .Where(n => r.Links.Select(l => l.NoticeId).Contains(n.Id)).ToListAsync(ct);
        foreach (var notice in notices)
        {
            Compliance.Precedents.RecordPrecedent.FromCommission(db, notice, outcomeValue, reasons, now);
            notice.BlockedByCommission = false;
            notice.UpdatedAt = now;
            notice.Version++;
            if (outcomeValue == RedressOutcome.NotCompliant)
            {
                Delete(db, notice, r, actor, now);
            }
            else
            {
                notice.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = "CommissionDecision", FromStatus = notice.Status,
                    ToStatus = notice.Status, Reason = $"Commission decision {outcomeValue} on {r.Number}: {reasons}" });
            }
        }

        db.Audit(actor.Facts(now, "redress.decide", "redress", id.ToString(), outcomeValue.ToString()));
        return await SaveAsync(db, r, ct);
    }

    /// <summary>Everything that would refuse the decision, changing nothing but the read's audit entry: the page checks it before asking to confirm.</summary>
    public static async Task<Result<RedressRequest>> CheckDecisionAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, DecisionRequest d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (d.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors["outcome"] = [$"One of: {string.Join(", ", Enum.GetNames<RedressOutcome>())}."];
        }

        if (string.IsNullOrWhiteSpace(d.Reasons) || d.Reasons.Length < 20)
        {
            errors["reasons"] = ["A decision gives its reasons (at least 20 characters)."];
        }

        if (d.Outcome == RedressOutcome.CompliantWithUpdate && string.IsNullOrWhiteSpace(d.Update))
        {
            errors["update"] = ["Say what the Secretariat must update."];
        }

        if (errors.Count > 0)
        {
            return new InvalidError("redress.invalid", "The decision is incomplete.", errors);
        }

        var loaded = await LoadAsync(db, actor, now, id, "decide", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (r.Status != RedressStatus.Admissible)
        {
            return new ConflictError("redress.not_admissible", $"Only an admissible request can be decided; this one is {r.Status}.");
        }

        if (d.Outcome == RedressOutcome.ConditionsForRevisionNotMet && r.Type != RedressType.Revision)
        {
            return new InvalidError("redress.invalid", "Only a revision application can fail the revision conditions.", new Dictionary<string, string[]> { ["outcome"] = ["Not for this request type."] });
        }

        if (r.Type == RedressType.Access && r.Links.Any(l => l.AnsweredAt is null))
        {
            return new ConflictError("redress.sources_pending", "Every consulted source must answer before an access request is decided (CCF Statute Art. 35).");
        }

        return r;
    }

    // Art. 41: the data leave the files — the notice is cancelled (so it leaves screening and the public extract at once)
    // and every member that received it is told to purge its national copies and to acknowledge.
    private static void Delete(AppDbContext db, NoticeRecord notice, RedressRequest r, Actor actor, DateTimeOffset now)
    {
        var from = notice.Status;
        var wasOut = from is NoticeStatus.Published or NoticeStatus.Suspended or NoticeStatus.Expired
            || (notice.Kind == NoticeKind.Diffusion && NoticeVisibility.CirculatingDiffusion.Contains(from) && !notice.Held);
        notice.DeletedByCommission = true;
        if (!NoticeLifecycle.Terminal.Contains(from) || from == NoticeStatus.Expired)
        {
            notice.Status = NoticeStatus.Cancelled;
        }

        notice.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = "CommissionDeletion", FromStatus = from, ToStatus = notice.Status,
            Reason = $"Deleted on the Commission's decision {r.Number} (not compliant, CCF Statute Art. 41)." });
        if (!wasOut)
        {
            return;
        }

        var restricted = notice.Countries.Where(c => c.Relation == CountryRelation.Restricted).Select(c => c.Iso2).ToHashSet(StringComparer.Ordinal);
        var recipients = notice.Kind == NoticeKind.Diffusion && !notice.AddressedToAll
            ? notice.Countries.Where(c => c.Relation == CountryRelation.Addressee).Select(c => c.Iso2)
            : MemberCatalogue.All.Select(m => m.Iso2).Where(c => !restricted.Contains(c));
        var due = CommissionDeadlines.Deletion(DateOnly.FromDateTime(now.UtcDateTime)).Due;
        foreach (var member in recipients.Where(c => c != notice.RequestingCountry).Distinct(StringComparer.Ordinal))
        {
            db.PurgeNotifications.Add(new PurgeNotification
            {
                Id = Guid.CreateVersion7(now), NoticeId = notice.Id, NoticeReference = notice.Reference ?? "", RequestId = r.Id, Member = member, NotifiedAt = now, Due = due,
            });
        }
    }

    public static async Task<List<ConsultationView>> ConsultationsAsync(AppDbContext db, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var country = actor.Country!;
        var links = await db.RedressLinks.AsNoTracking().Where(l => l.SourceCountry == country).OrderByDescending(l => l.ConsultedAt).ToListAsync(ct);
        var ids = links.Select(l => l.RequestId).Distinct().ToList();
        var requests = await db.RedressRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Number, r.Type }).ToDictionaryAsync(r => r.Id, ct);
        var events = await db.RedressEvents.AsNoTracking().Where(e => ids.Contains(e.RequestId) && e.ToSource).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.consultations", "redress", null, "source consultations"));
        await db.SaveChangesAsync(ct);
        return [.. links.Select(l => new ConsultationView(l.Id, requests[l.RequestId].Number, requests[l.RequestId].Type.ToString(), l.NoticeReference, l.SummaryForSource,
            l.ConsultedAt, l.AnsweredAt, l.DisclosureAllowed, l.Restriction?.ToString(), l.BlockedFor?.ToString(),
            [.. events.Where(e => e.RequestId == l.RequestId && (e.Action != "Consulted" && e.Action != "Blocked" || e.Text.Contains(l.NoticeReference, StringComparison.Ordinal)))
                .OrderBy(e => e.At).Select(e => new MessageView(e.At, e.Text))]))];
    }

    public static async Task<Result<RedressLink>> AnswerAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid linkId, ConsultationAnswer a, CancellationToken ct)
    {
        if (a.AllowDisclosure is not { } allow)
        {
            return new InvalidError("consultation.invalid", "Say whether the applicant may be told.", new Dictionary<string, string[]> { ["allowDisclosure"] = ["true or false."] });
        }

        if (!allow && (a.Restriction is not { } restriction || !Enum.IsDefined(restriction)))
        {
            return new InvalidError("consultation.invalid", "Restricting disclosure needs one of the listed reasons (CCF Statute Art. 35(3)).",
                new Dictionary<string, string[]> { ["restriction"] = [$"One of: {string.Join(", ", Enum.GetNames<DisclosureRestriction>())}."] });
        }

        var link = await db.RedressLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.SourceCountry == actor.Country, ct);
        if (link is null)
        {
            return new NotFoundError("consultation.not_found", "No such consultation for your bureau.");
        }

        var request = await db.RedressRequests.Include(r => r.Events).FirstAsync(r => r.Id == link.RequestId, ct);
        if (request.Status is RedressStatus.Decided or RedressStatus.Inadmissible)
        {
            return new ConflictError("consultation.closed", "The request is closed.");
        }

        link.AnsweredAt = now;
        link.DisclosureAllowed = allow;
        link.Restriction = allow ? null : a.Restriction;
        link.SourceComment = a.Comment is { Length: > 4000 } c ? c[..4000] : a.Comment?.Trim();
        request.AddEvent(now, actor.UserId, "SourceAnswered", $"{actor.Country} answered about {link.NoticeReference}: {(allow ? "disclosure allowed" : $"disclosure restricted ({a.Restriction})")}.", false, false);
        request.Version++;
        db.Audit(actor.Facts(now, "redress.source_answer", "redress", request.Id.ToString(), allow ? "allowed" : a.Restriction.ToString()));
        await db.SaveChangesAsync(ct);
        return link;
    }

    public static async Task<List<PurgeView>> PurgesAsync(AppDbContext db, Actor actor, DateTimeOffset now, bool overdueOnly, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var q = db.PurgeNotifications.AsNoTracking();
        if (actor.Affiliation == Affiliation.Ncb)
        {
            q = q.Where(p => p.Member == actor.Country);
        }

        if (overdueOnly)
        {
            q = q.Where(p => p.AcknowledgedAt == null && p.Due < today);
        }

        var list = await q.OrderBy(p => p.Due).ThenBy(p => p.Member).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.purges", "purge", null, overdueOnly ? "overdue" : "all"));
        await db.SaveChangesAsync(ct);
        return [.. list.Select(p => new PurgeView(p.Id, p.NoticeReference, p.Member, p.NotifiedAt, p.Due, p.AcknowledgedAt, p.AcknowledgedAt is null && p.Due < today))];
    }

    public static async Task<Result<PurgeNotification>> AcknowledgeAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, CancellationToken ct)
    {
        var p = await db.PurgeNotifications.FirstOrDefaultAsync(x => x.Id == id && x.Member == actor.Country, ct);
        if (p is null)
        {
            return new NotFoundError("purge.not_found", "No such purge notification for your bureau.");
        }

        if (p.AcknowledgedAt is null)
        {
            p.AcknowledgedAt = now;
            p.AcknowledgedBy = actor.UserId;
            db.Audit(actor.Facts(now, "redress.purge_ack", "purge", id.ToString(), p.NoticeReference));
            await db.SaveChangesAsync(ct);
        }

        return p;
    }

    public static async Task<List<SecretariatDecisionView>> DecisionsForSecretariatAsync(AppDbContext db, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var decided = await db.RedressRequests.AsNoTracking().Include(r => r.Links).Where(r => r.Status == RedressStatus.Decided).OrderByDescending(r => r.DecidedAt).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.decisions", "redress", null, "decisions to implement"));
        await db.SaveChangesAsync(ct);
        return [.. decided.SelectMany(r => r.Links.Select(l => new SecretariatDecisionView(r.Number, l.NoticeReference, r.Outcome!.Value.ToString(), r.DecisionReasons ?? "", r.DecidedAt!.Value,
            r.Outcome == RedressOutcome.NotCompliant ? CommissionDeadlines.Deletion(DateOnly.FromDateTime(r.DecidedAt!.Value.UtcDateTime)).Due : null)))];
    }

    public static string Describe(RedressType t) => t switch
    {
        RedressType.Access => "access to the data held about them",
        RedressType.CorrectionDeletion => "correction or deletion of the data held about them",
        _ => "revision of an earlier decision on a new fact",
    };

    private static async Task<Result<RedressRequest>> SaveAsync(AppDbContext db, RedressRequest r, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return r;
        }
        catch (DbUpdateException ex) when (ex.LostRace())
        {
            return new ConflictError("redress.concurrent", "Someone else changed this request at the same time; reload and try again.");
        }
    }

    private static async Task<string> NextNumberAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var prefix = $"CCF-{now.UtcDateTime.Year:D4}-";
        var last = await db.RedressRequests.AsNoTracking().Where(r => r.Number.StartsWith(prefix)).OrderByDescending(r => r.Number).Select(r => r.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:D5}";
    }

    // By content, not by name or declared type.
    private static string? Sniff(byte[] d) =>
        d.Length >= 5 && d[0] == 0x25 && d[1] == 0x50 && d[2] == 0x44 && d[3] == 0x46 && d[4] == 0x2D ? "application/pdf"
        : d.Length >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF ? "image/jpeg"
        : d.Length >= 8 && d[0] == 0x89 && d[1] == 0x50 && d[2] == 0x4E && d[3] == 0x47 && d[4] == 0x0D && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A ? "image/png"
        : null;

    // Parsed, not only sniffed: images are stored re-encoded, PDFs with active content or embedded files refused.
    private static Result<byte[]> Parse(string kind, string sniffed, byte[] data)
    {
        if (sniffed == "application/pdf")
        {
            var pdf = UploadChecks.Pdf(data, kind);
            return pdf.IsOk ? data : pdf.Error!;
        }

        var image = UploadChecks.Image(data, kind);
        return image.IsOk ? image.Value.Data : image.Error!;
    }

    private static string StoredName(string kind, string contentType) =>
        kind + contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };
}
