using FairNotice.Domain.Members;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Members;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class IndexModel : PageModel
{
    public IReadOnlyList<Member> Members { get; } = Languages.Names.Members();
}
