using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Accounts;

internal static class Saving
{
    /// <summary>Identity's update validates the account and saves it with everything queued on the same context (token rows,
    /// audit entries) in one SaveChanges; a refusal there is a bug, not a user error.</summary>
    public static async Task UpdateAsync(AdminCall c, AppUser user)
    {
        var result = await c.Users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account could not be saved: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
