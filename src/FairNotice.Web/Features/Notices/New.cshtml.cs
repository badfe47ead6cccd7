using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Notices;

/// <summary>The notice and diffusion form: new requests, and editing a draft (?id=).</summary>
[Authorize(Policy = Policies.Ncb)]
internal sealed class NewModel(AppDbContext db, INoticeCompliance compliance, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
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
        var content = Form.ToContent(ModelState, nameof(Form), l);
        if (!ModelState.IsValid)
        {
            // Every error at once (GOV.UK): a date of birth that does not parse must not hide a future warrant date, a bad
            // country code or a missing law until the next post. The rules run over what did parse; a field that already
            // has its error (the date that did not parse is absent from the content) keeps that one.
            AddErrors(NoticeValidation.Check(content, submit ? Completeness.Submission : Completeness.Draft, actor.Country ?? "",
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

        if (error is Domain.InvalidError { LocalFields: { } local })
        {
            AddErrors(local, skipFieldsInError: false);
            return Page();
        }

        if (error is Domain.InvalidError invalid)
        {
            foreach (var (path, messages) in invalid.Fields)
            {
                foreach (var m in messages)
                {
                    ModelState.AddModelError(NoticeForm.FieldFor(path, nameof(Form)), m);
                }
            }

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

    /// <summary>The form's fields in the order the page shows them, each with its label: the error summary lists the problems
    /// in that order and names the field of each ("Nationality: …"), so two identical messages say which field they are about.</summary>
    public IReadOnlyList<(string Key, string Label)> FieldsInOrder()
    {
        var f = nameof(Form);
        var fields = new List<(string, string)>
        {
            ($"{f}.Colour", l["New.Colour"]),
            ($"{f}.Addressees", l["New.OrTheseMembers"]),
            ($"{f}.RestrictedCountries", l["New.Exclude"]),
            ($"{f}.FamilyName", l["New.FamilyLatin"]),
            ($"{f}.Forenames", l["New.ForenamesLatin"]),
            ($"{f}.OriginalFamilyName", l["New.FamilyOriginal"]),
            ($"{f}.OriginalForenames", l["New.ForenamesOriginal"]),
            ($"{f}.Sex", l["New.Sex"]),
            ($"{f}.DateOfBirth", l["New.DateOfBirth"]),
            ($"{f}.PlaceOfBirth", l["New.PlaceOfBirth"]),
            ($"{f}.CountryOfBirth", l["New.CountryOfBirth"]),
            ($"{f}.Nationalities", l["New.Nationalities"]),
            ($"{f}.Languages", l["New.Languages"]),
            ($"{f}.Aliases", l["New.Aliases"]),
            ($"{f}.Documents", l["New.Documents"]),
            ($"{f}.HeightCm", l["New.Height"]),
            ($"{f}.WeightKg", l["New.Weight"]),
            ($"{f}.EyeColour", l["New.Eyes"]),
            ($"{f}.HairColour", l["New.Hair"]),
            ($"{f}.DistinguishingMarks", l["New.Marks"]),
            ($"{f}.SummaryOfFacts", l["New.Summary"]),
            ($"{f}.OffenceDate", l["New.When"]),
            ($"{f}.OffencePlace", l["New.Where"]),
            ($"{f}.WantedFor", l["New.WantedFor"]),
            ($"{f}.Charges", l["Field.case.charges"]),
        };
        for (var i = 0; i < Form.Charges.Count; i++)
        {
            var charge = l["New.Charge", i + 1].Value;
            fields.Add(($"{f}.Charges[{i}].Description", charge));
            fields.Add(($"{f}.Charges[{i}].Law", l["Errors.FieldOfItem", charge, l["New.Law"]]));
            fields.Add(($"{f}.Charges[{i}].MaximumPenaltyMonths", l["Errors.FieldOfItem", charge, l["New.MaxPenalty"]]));
        }

        fields.AddRange(
        [
            ($"{f}.SentenceImposedMonths", l["New.SentenceImposed"]),
            ($"{f}.SentenceRemainingMonths", l["New.SentenceRemaining"]),
            ($"{f}.WarrantKind", l["New.Warrant"]),
            ($"{f}.WarrantAuthority", l["New.Authority"]),
            ($"{f}.WarrantDate", l["New.IssuedOn"]),
            ($"{f}.WarrantReference", l["Notices.Reference"]),
        ]);
        return fields;
    }

    // Messages the page's error layer already rewords for the field (ErrorMessages.Human: "Enter the family name", "Shorten this
    // to 200 characters or fewer", "“XX” is not a country code…"): they go in as the Domain's English and are worded there.
    private static readonly HashSet<string> WordedByTheErrorLayer =
        new(["NoticeCheck.Required", "NoticeCheck.AtMostCharacters", "NoticeCheck.NotACountry", "NoticeCheck.NotAMember"], StringComparer.Ordinal);

    private void AddErrors(IReadOnlyDictionary<string, Domain.LocalMessage[]> fields, bool skipFieldsInError)
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
                ModelState.AddModelError(field, WordedByTheErrorLayer.Contains(m.Key) ? m.English : l.Text(m));
            }
        }
    }
}
