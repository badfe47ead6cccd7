using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Registry;

[Authorize(Policy = Policies.Registry)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public string? Forenames { get; set; }
    [BindProperty] public string? OriginalFamilyName { get; set; }
    [BindProperty] public string? OriginalForenames { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public List<string> FearedPersecutionBy { get; set; } = [];
    [BindProperty] public ProtectionKind Kind { get; set; } = ProtectionKind.Refugee;
    [BindProperty] public bool Confirmed { get; set; } = true;
    [BindProperty] public string? Note { get; set; }

    public List<ProtectionResponse> Records { get; private set; } = [];

    public IReadOnlyList<Member> Members { get; } = Languages.Names.Members();

    public Actor Actor => HttpContext.RequireActor();

    public bool CanRecord => Actor.Has(Role.CommissionMember) || Actor.Has(Role.NcbSupervisor);

    public async Task OnGetAsync(CancellationToken ct) => Records = await RegistryFeature.ListAsync(db, Actor, clock.GetUtcNow(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PartialDate? dob = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth) && !PartialDate.TryParse(DateOfBirth, out dob))
        {
            ModelState.AddModelError(nameof(DateOfBirth), "Use YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        if (ModelState.IsValid)
        {
            var original = string.IsNullOrWhiteSpace(OriginalFamilyName) && string.IsNullOrWhiteSpace(OriginalForenames) ? null : new PersonName(OriginalFamilyName, OriginalForenames);
            var person = new Person(new PersonName(FamilyName, Forenames), original, [], "U", dob, null, null, [], [], null, []);
            var kind = Actor.Has(Role.CommissionMember) ? ProtectionKind.CommissionMeasure : Kind;
            var result = await RegistryFeature.RecordAsync(db, Actor, clock.GetUtcNow(), new RecordProtectionRequest(kind, person, FearedPersecutionBy, Confirmed, Note), ct);
            if (result.IsOk)
            {
                TempData["Message"] = "Recorded. The compliance engine takes it into account from now on.";
                return RedirectToPage();
            }

            var map = new Dictionary<string, string> { ["person.name.familyName"] = nameof(FamilyName), ["fearedPersecutionBy"] = nameof(FearedPersecutionBy), ["note"] = nameof(Note), ["kind"] = nameof(Kind) };
            if (result.Error is Domain.InvalidError invalid)
            {
                foreach (var (field, messages) in invalid.Fields)
                {
                    ModelState.AddModelError(map.GetValueOrDefault(field.Split('[')[0], string.Empty), string.Join(" ", messages));
                }
            }
            else
            {
                ModelState.AddModelError(string.Empty, result.Error!.Message);
            }
        }

        Records = await RegistryFeature.ListAsync(db, Actor, clock.GetUtcNow(), ct);
        return Page();
    }
}
