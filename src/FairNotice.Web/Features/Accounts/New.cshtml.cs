using FairNotice.Domain.Access;
using FairNotice.Domain.Members;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Accounts;

[Authorize(Policy = AccountsFeature.AdministratorPolicy)]
internal sealed class NewModel(IOptions<AccountsOptions> options, PublicAddress site) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? DisplayName { get; set; }

    [BindProperty] public Affiliation? Affiliation { get; set; }

    [BindProperty] public string? Country { get; set; }

    [BindProperty] public List<Role> Roles { get; set; } = [];

    public SetPasswordLinkResponse? Created { get; private set; }

    public static IReadOnlyList<Member> Members => Languages.Names.Members();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await CreateAccount.RunAsync(HttpContext.Call(), options.Value, site,
            new CreateAccountRequest(Email, DisplayName, Affiliation, Country, Roles), ct);
        if (!result.IsOk)
        {
            ModelState.Show(result.Error!);
            ModelState.TranslateErrors(HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>());
            return Page();
        }

        Created = result.Value;
        return Page();
    }
}
