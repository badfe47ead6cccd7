using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>The notice and diffusion form: new requests, and editing a draft (?id=).</summary>
[Authorize(Policy = Policies.Ncb)]
internal sealed class NewModel(AppDbContext db, INoticeCompliance compliance, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NoticeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public IReadOnlyList<Member> Members { get; } = Languages.Names.Members();

    public string? OwnCountry => User.ToActor()?.Country;

    public async Task<IActionResult> OnGetAsync(NoticeKind? kind, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var actor = HttpContext.RequireActor();
            var record = await db.Notices.AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(n => n.Id == id, ct);
            if (record is null || record.Status is not (NoticeStatus.Draft or NoticeStatus.InformationRequested) || !actor.IsNcbOf(record.RequestingCountry))
            {
                return NotFound();
            }

            Form = NoticeForm.From(record.Content);
        }
        else
        {
            Form.Kind = kind ?? NoticeKind.Notice;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool submit, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var content = Form.ToContent(ModelState, nameof(Form));
        if (!ModelState.IsValid)
        {
            // Every error at once (GOV.UK): a date of birth that does not parse must not hide a future warrant date, a bad
            // country code or a missing law until the next post. The rules run over what did parse; a field that already
            // has its error (the date that did not parse is absent from the content) keeps that one.
            AddErrors(NoticeValidation.Validate(content, submit ? Completeness.Submission : Completeness.Draft, actor.Country ?? "",
                DateOnly.FromDateTime(now.UtcDateTime)), skipFieldsInError: true);
            return Page();
        }

        NoticeRecord? record = null;
        Domain.Error? error;
        if (Id is { } id)
        {
            record = await db.Notices.Include(n => n.Countries).Include(n => n.Events).VisibleTo(actor).FirstOrDefaultAsync(n => n.Id == id, ct);
            if (record is null)
            {
                return NotFound();
            }

            error = (await CreateRequest.UpdateDraftHandleAsync(db, compliance, actor, now, record, content, submit, ct)).Error;
        }
        else
        {
            var created = await CreateRequest.HandleAsync(db, compliance, actor, now, content, submit, ct);
            error = created.Error;
            record = created.IsOk ? created.Value : null;
        }

        if (error is Domain.InvalidError invalid)
        {
            AddErrors(invalid.Fields, skipFieldsInError: false);
            return Page();
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = submit ? "Submitted: the request is now under Secretariat review." : "Draft saved.";
        return RedirectToPage("/Notices/Detail", new { id = record!.Id });
    }

    private void AddErrors(IReadOnlyDictionary<string, string[]> fields, bool skipFieldsInError)
    {
        var inError = skipFieldsInError ? ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var (path, messages) in fields)
        {
            var field = NoticeForm.FieldFor(path, nameof(Form));
            if (inError.Contains(field))
            {
                continue;
            }

            foreach (var m in messages)
            {
                ModelState.AddModelError(field, m);
            }
        }
    }
}
