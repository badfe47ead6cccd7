using System.Security.Cryptography;
using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>Anyone files a request to the Commission, without an account: the public form and the API.</summary>
/// <remarks>The request, its audit entry and the Idempotency-Key's record are saved together: a crash cannot leave a
/// filed request whose key a retry does not find (issue #14).</remarks>
internal static class FileRedress
{
    // Idempotency keys are per caller; every applicant is anonymous.
    private const string Anonymous = "anonymous";

    /// <summary>The key the API client sent and the hash of what it sent, or none (the public form).</summary>
    public sealed record Retry(string Key, string Hash);

    /// <summary>What protects stored documents: the virus scan before anything is parsed (null only for the server's own
    /// demo files) and the at-rest seal.</summary>
    public sealed record Safeguards(MalwareScan? Scan, SealedFiles Seal);

    /// <summary>Files the request: scan the files, check the fields and documents, seal the documents, number it, stage it
    /// with its audit entry and (from the API) the key's record, save once. The public form and the demo seed pass no key.</summary>
    public static async Task<Result<(Guid Id, RedressReceipt Receipt)>> HandleAsync(AppDbContext db, DateTimeOffset now, FileRedressRequest r, IReadOnlyList<Upload> uploads,
        Retry? retry, Safeguards safeguards, CancellationToken ct)
    {
        var checkedFiling = await CheckAsync(db, now, r, uploads, safeguards, ct);
        if (!checkedFiling.IsOk)
        {
            return checkedFiling.Error!;
        }

        var (documents, discovered) = checkedFiling.Value;
        foreach (var d in documents)
        {
            d.Sha256 = safeguards.Seal.Digest(d.Data);
            d.Data = safeguards.Seal.Seal(d.Data, d.Sha256);
        }

        await IdenticalUploads.StoreOnceAsync(db, documents, ct);
        var code = FollowUpCodes.New();
        var deadline = CommissionDeadlines.Admissibility(DateOnly.FromDateTime(now.UtcDateTime));
        var request = new RedressRequest
        {
            Id = Guid.CreateVersion7(now), Type = r.Type!.Value, Status = RedressStatus.Received, Language = r.Language!,
            FamilyName = r.FamilyName!.Trim(), Forenames = r.Forenames!.Trim(), DateOfBirth = string.IsNullOrWhiteSpace(r.DateOfBirth) ? null : r.DateOfBirth.Trim(),
            Nationality = string.IsNullOrWhiteSpace(r.Nationality) ? null : r.Nationality.Trim().ToUpperInvariant(), ByRepresentative = r.ByRepresentative,
            RepresentativeName = r.ByRepresentative ? r.RepresentativeName?.Trim() : null, ContactEmail = r.ContactEmail!.Trim(), Statement = r.Statement!.Trim(),
            PreviousNumber = r.PreviousNumber?.Trim(), NewFact = r.NewFact?.Trim(), NewFactDiscovered = discovered, ReceivedAt = now,
            AdmissibilityDue = deadline.Due, FollowUpHash = FollowUpCodes.Hash(code), Attachments = documents,
        };
        // Numbered in the save, under the chain lock (RedressChainedRows): a number read here could be taken by a concurrent filing.
        request.AddEvent(now, "applicant", "Filed", LocalMessage.Of("RedressMessage.Filed", MessageArgument.Date(deadline.Due), FairNotice.Web.Features.Languages.KnownSentences.KnownOrCode(deadline.Citation)), true, false);
        db.RedressRequests.Add(request);
        db.Audit(new Domain.Audit.AuditFacts(now, "applicant", null, null, "redress.file", "redress", request.Id.ToString(), null, "ok"));
        if (retry is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { UserId = Anonymous, Key = retry.Key, RequestHash = retry.Hash, ResourceId = request.Id, CreatedAt = now });
        }

        await db.SaveChangesAsync(ct);
        return (request.Id, new RedressReceipt(request.Number, code, deadline.Due, deadline.Citation));
    }

    /// <summary>Scans the files, then checks every field and document: what <see cref="HandleAsync"/> does before it stores
    /// anything. The public form calls it alone when a file was refused before (too large), so that every other error
    /// shows at once.</summary>
    public static async Task<Result<(List<RedressAttachment> Documents, DateOnly? Discovered)>> CheckAsync(AppDbContext db, DateTimeOffset now, FileRedressRequest r,
        IReadOnlyList<Upload> uploads, Safeguards safeguards, CancellationToken ct)
    {
        // Scanned before the parsers see them and before anything is stored (ASVS 5.4.3); a hit is audited, without the file.
        if (safeguards.Scan is not null && await safeguards.Scan.CheckAsync(uploads.Select(u => (u.Kind, u.Data)), ct) is { } refused)
        {
            if (refused.Signature is not null)
            {
                var field = ((UnacceptableContentError)refused.Error).Fields.Keys.First();
                db.Audit(new Domain.Audit.AuditFacts(now, "applicant", null, null, "redress.upload_refused", "redress", null, $"{field}: {refused.Signature}", "refused"));
                await db.SaveChangesAsync(ct);
            }

            return refused.Error;
        }

        return FilingRules.Check(r, uploads, now);
    }

    public static async Task<Results<Created<RedressReceipt>, Ok<RedressReceipt>, ErrorProblem, ProblemHttpResult>> Endpoint(HttpRequest request, AppDbContext db, TimeProvider clock,
        MalwareScan scan, SealedFiles seal, RequestBudgets budgets, BudgetGates gates, CancellationToken ct)
    {
        var http = request.HttpContext;
        if (!request.HasFormContentType)
        {
            await budgets.TryChargeAsync(http, BudgetNames.RedressInvalid);
            return UnsupportedMediaType();
        }

        // Refused filings and accepted ones have separate budgets: people send the form several times to see every
        // mistake, and those refusals must not use up the filings (an hour's wait for an applicant on a shared address).
        if ((await budgets.HasRoomAsync(http, BudgetNames.RedressInvalid) ?? await budgets.HasRoomAsync(http, BudgetNames.RedressFiling)) is { } wait)
        {
            return (ProblemHttpResult)BudgetExtensions.TooMany(http, wait);
        }

        var read = await ReadFormAsync(request, ct);
        if (!read.IsOk)
        {
            await budgets.TryChargeAsync(http, BudgetNames.RedressInvalid);
            return new ErrorProblem(read.Error!);
        }

        // The form is read (the slow part, outside the gate); checking the budgets again, filing and charging are one step per
        // client: 20 filings sent at once all passed the check above before any was charged, and all 20 were filed against a
        // budget of 5 an hour (attack of 2026-11-28). Across nodes a burst may still pass once per node (docs/budgets.md).
        using var gate = await gates.EnterAsync("redress-filing|" + RequestBudgets.ClientOf(http), ct);
        if ((await budgets.HasRoomAsync(http, BudgetNames.RedressInvalid) ?? await budgets.HasRoomAsync(http, BudgetNames.RedressFiling)) is { } late)
        {
            return (ProblemHttpResult)BudgetExtensions.TooMany(http, late);
        }

        var outcome = await FileAsync(request, read.Value.Body, read.Value.Uploads, db, clock, scan, seal, ct);
        // A filing is counted once accepted (a replay of one is not a new filing); anything refused counts as a refusal.
        if (outcome.Result is Created<RedressReceipt>)
        {
            await budgets.TryChargeAsync(http, BudgetNames.RedressFiling);
        }
        else if (outcome.Result is ErrorProblem)
        {
            await budgets.TryChargeAsync(http, BudgetNames.RedressInvalid);
        }

        return outcome;
    }

    private static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem("Send the filing as multipart/form-data (the fields and the documents); no account is needed.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", type: Problems.TypeBase + "redress.media_type",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "redress.media_type",
                ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["Content-Type"] = ["multipart/form-data."] },
            });

    private static async Task<Results<Created<RedressReceipt>, Ok<RedressReceipt>, ErrorProblem, ProblemHttpResult>> FileAsync(HttpRequest request, FileRedressRequest body,
        List<Upload> uploads, AppDbContext db, TimeProvider clock, MalwareScan scan, SealedFiles seal, CancellationToken ct)
    {
        var filed = await FileOnceAsync(db, clock.GetUtcNow(), body, uploads, Idempotency.KeyFrom(request), new Safeguards(scan, seal), ct);
        if (!filed.IsOk)
        {
            return new ErrorProblem(filed.Error!);
        }

        var (receipt, replayed) = filed.Value;
        return replayed ? TypedResults.Ok(receipt) : TypedResults.Created($"/api/redress/{receipt.Number}", receipt);
    }

    /// <summary>Files once per key: a retry with the same key and the same fields and documents gets its filing back
    /// (<paramref name="key"/> null files without that protection); the same key with something else is refused. The API
    /// passes the client's Idempotency-Key, the public form the key its page carried, so that a reload or a second click
    /// on "send" does not file a second request.</summary>
    public static async Task<Result<(RedressReceipt Receipt, bool Replayed)>> FileOnceAsync(AppDbContext db, DateTimeOffset now, FileRedressRequest body,
        IReadOnlyList<Upload> uploads, string? key, Safeguards safeguards, CancellationToken ct)
    {
        var hash = Idempotency.Hash(new { body, files = uploads.Select(u => (u.Kind, Convert.ToHexString(SHA256.HashData(u.Data)))).ToList() });
        var (replay, keyError) = await Idempotency.FindErrorAsync(db, Anonymous, key, hash, ct);
        if (keyError is not null)
        {
            return keyError;
        }

        if (replay is not null)
        {
            return (await ReissueCodeAsync(db, now, replay.ResourceId, ct), true);
        }

        try
        {
            var result = await HandleAsync(db, now, body, uploads, key is null ? null : new Retry(key, hash), safeguards, ct);
            return result.IsOk ? (result.Value.Receipt, false) : result.Error!;
        }
        catch (DbUpdateException) when (key is not null)
        {
            // A concurrent retry with the same key won the race: this attempt wrote nothing; answer as a replay.
            // Any other failure rolled the whole filing back, key included, and stays a 500: a retry files it afresh.
            db.ChangeTracker.Clear();
            var (winner, error) = await Idempotency.FindErrorAsync(db, Anonymous, key, hash, ct);
            if (error is not null)
            {
                return error;
            }

            if (winner is null)
            {
                throw;
            }

            return (await ReissueCodeAsync(db, now, winner.ResourceId, ct), true);
        }
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

    // The API's multipart body: refused early when it cannot be a filing, before anything is read into memory twice.
    private static async Task<Result<(FileRedressRequest Body, List<Upload> Uploads)>> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return RedressErrors.Body("Send multipart/form-data with the fields and the documents.", "body", "multipart/form-data expected.");
        }

        if (request.ContentLength is > (3 * FilingRules.MaxUploadBytes) + 200_000)
        {
            return RedressErrors.Body("The request is too large.", "body", "At most three files of 5 MiB each.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A multipart body whose boundary lies or that ends early threw out of the form reader: a 500 (found by fuzzing).
            return RedressErrors.Body("The form could not be read.", "body", "Malformed multipart/form-data.");
        }

        var uploads = new List<Upload>();
        foreach (var f in form.Files)
        {
            if (f.Length > FilingRules.MaxUploadBytes)
            {
                return RedressErrors.Body("A file is too large.", f.Name, "At most 5 MiB.");
            }

            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            uploads.Add(new Upload(f.Name, f.FileName, f.ContentType, ms.ToArray()));
        }

        string? F(string k) => form.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;
        if (F("type") is { } t && !Enum.TryParse<RedressType>(t, true, out _))
        {
            return RedressErrors.Body("Unknown request type.", "type", $"One of: {string.Join(", ", Enum.GetNames<RedressType>())}.");
        }

        return (new FileRedressRequest(F("type") is { } tt ? Enum.Parse<RedressType>(tt, true) : null, F("language"), F("familyName"), F("forenames"), F("dateOfBirth"),
            F("nationality"), F("byRepresentative") is "true" or "on", F("representativeName"), F("contactEmail"), F("statement"), F("previousNumber"), F("newFact"),
            F("newFactDiscovered")), uploads);
    }
}
