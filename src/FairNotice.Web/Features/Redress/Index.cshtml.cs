using System.Security.Cryptography;
using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Redress;

/// <summary>The public form: anyone files a request to the Commission, without an account.</summary>
[AllowAnonymous]
[RequestSizeLimit((3 * FilingRules.MaxUploadBytes) + 200_000)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock, RequestBudgets budgets, BudgetGates gates, MalwareScan scan, SealedFiles seal, IStringLocalizer<SharedResource> l, HeldUploads held) : PageModel
{
    [BindProperty] public RedressType Type { get; set; } = RedressType.Access;
    [BindProperty] public string Language { get; set; } = "en";
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public string? Forenames { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public string? Nationality { get; set; }
    [BindProperty] public bool ByRepresentative { get; set; }
    [BindProperty] public string? RepresentativeName { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public string? Statement { get; set; }
    [BindProperty] public string? PreviousNumber { get; set; }
    [BindProperty] public string? NewFact { get; set; }
    [BindProperty] public string? NewFactDiscovered { get; set; }
    [BindProperty] public IFormFile? IdentityDocument { get; set; }
    [BindProperty] public IFormFile? SignedStatement { get; set; }
    [BindProperty] public IFormFile? PowerOfAttorney { get; set; }

    /// <summary>Tokens of the documents already sent with an earlier, refused post, by kind (see <see cref="HeldUploads"/>).</summary>
    [BindProperty] public Dictionary<string, string> Held { get; set; } = [];

    /// <summary>The key this form carries from the page that showed it to every post of it: a reload of the answer, or a
    /// second click on "send", posts the same key and gets the first filing back instead of filing it twice.</summary>
    [BindProperty] public string? SubmissionKey { get; set; }

    /// <summary>Where the receipt waits for the page it is shown on (<see cref="FiledModel"/>), in the data-protected
    /// temporary-data cookie: the answer to the post is a redirection, so a reload shows the receipt, not a second filing.</summary>
    public const string ReceiptSlot = "Redress.Receipt";

    /// <summary>The document of that kind the server holds for this form, if any.</summary>
    public Upload? HeldFile(string kind) => held.Peek(Held.GetValueOrDefault(kind), kind);

    /// <summary>The kinds of document, as the API names them, with the page property each is posted in.</summary>
    public static readonly string[] Kinds = ["identityDocument", "signedStatement", "powerOfAttorney"];

    public void OnGet()
    {
        Language = LanguagesFeature.Current;
        SubmissionKey = NewSubmissionKey();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var uploads = new List<Upload>();
        foreach (var (kind, file) in new[] { (Kinds[0], IdentityDocument), (Kinds[1], SignedStatement), (Kinds[2], PowerOfAttorney) })
        {
            // A file chosen now replaces the one held; otherwise the held one is sent again.
            var before = held.Take(Held.GetValueOrDefault(kind), kind);
            Held.Remove(kind);
            if (file is { Length: > 0 })
            {
                if (file.Length > FilingRules.MaxUploadBytes)
                {
                    ModelState.AddModelError(Field(kind), "At most 5 MiB.");
                    continue;
                }

                using var ms = new MemoryStream();
                await file.CopyToAsync(ms, ct);
                uploads.Add(new Upload(kind, file.FileName, file.ContentType, ms.ToArray()));
            }
            else if (before is not null)
            {
                uploads.Add(before);
            }
        }

        // Refused posts and accepted filings have separate budgets (docs/budgets.md): correcting mistakes one post at a
        // time never uses up the filings. Refused for budget, the documents are held like the fields, for the next post.
        // Checked, filed and charged as one step per client (BudgetGates): a burst of posts was all checked before any was charged.
        using var gate = await gates.EnterAsync("redress-filing|" + RequestBudgets.ClientOf(HttpContext), ct);
        if ((await budgets.HasRoomAsync(HttpContext, BudgetNames.RedressInvalid) ?? await budgets.HasRoomAsync(HttpContext, BudgetNames.RedressFiling)) is { } wait)
        {
            this.RefuseForBudget(wait);
            return Hold(uploads);
        }

        var request = new FileRedressRequest(Type, Language, FamilyName, Forenames, DateOfBirth, Nationality,
            ByRepresentative, RepresentativeName, ContactEmail, Statement, PreviousNumber, NewFact, NewFactDiscovered);
        var safeguards = new FileRedress.Safeguards(scan, seal);
        if (!ModelState.IsValid)
        {
            await budgets.TryChargeAsync(HttpContext, BudgetNames.RedressInvalid);
            // A file too large to read is refused, and every other field and document is still checked now (GOV.UK: all
            // errors at once): a fake PDF beside it is refused in this answer, not held and refused on the next post.
            var rest = await FileRedress.CheckAsync(db, clock.GetUtcNow(), request, uploads, safeguards, ct);
            if (!rest.IsOk)
            {
                AddErrors(rest.Error!);
            }

            ModelState.TranslateErrors(l);
            return Hold(uploads);
        }

        // A form from before this key existed (or with a key tampered with) gets one now: it files once from here on.
        if (SubmissionKey is null || !ValidKey(SubmissionKey))
        {
            SubmissionKey = NewSubmissionKey();
        }

        var now = clock.GetUtcNow();
        var result = await FileRedress.FileOnceAsync(db, now, request, uploads, FormKey(SubmissionKey), safeguards, ct);
        if (!result.IsOk && result.Error is ConflictError { Code: "idempotency.key_reused" })
        {
            // The same form posted again with other fields (back, edit, send): another request, under a key of its own.
            SubmissionKey = NewSubmissionKey();
            result = await FileRedress.FileOnceAsync(db, now, request, uploads, FormKey(SubmissionKey), safeguards, ct);
        }

        // A replay is charged as a filing too: a flood of reloads would otherwise write a fresh code each time for free.
        await budgets.TryChargeAsync(HttpContext, result.IsOk ? BudgetNames.RedressFiling : BudgetNames.RedressInvalid);
        if (result.IsOk)
        {
            TempData[ReceiptSlot] = FiledModel.Keep(result.Value.Receipt, now);
            return RedirectToPage("Filed");
        }

        AddErrors(result.Error!);
        ModelState.TranslateErrors(l);

        return Hold(uploads);
    }

    // The rules' errors, except on a field that already has its own (the file refused as too large is not "missing").
    private void AddErrors(Domain.Error error)
    {
        var inError = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var page = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        page.AddError(error, Field);
        foreach (var (key, entry) in page.Where(e => !inError.Contains(e.Key)))
        {
            foreach (var e in entry!.Errors)
            {
                ModelState.AddModelError(key, e.ErrorMessage);
            }
        }
    }

    // The form goes back for correction: every document that was not itself refused waits for the corrected post.
    private PageResult Hold(List<Upload> uploads)
    {
        foreach (var upload in uploads.Where(u => !ModelState.TryGetValue(Field(u.Kind), out var entry) || entry.Errors.Count == 0))
        {
            if (held.Hold(upload) is { } token)
            {
                Held[upload.Kind] = token;
            }
        }

        return Page();
    }

    private static string NewSubmissionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool ValidKey(string key) => key.Length == 22 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    // The API's keys are the client's own; the form's are namespaced so that neither can be mistaken for the other.
    private static string FormKey(string key) => "form:" + key;

    private static string Field(string apiName) => char.ToUpperInvariant(apiName[0]) + apiName[1..];
}
