using FairNotice.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FairNotice.Web.Features.Accounts;

internal static class AccountPageErrors
{
    /// <summary>Puts a use case's error on the form: each named field on its input ("newPassword" → NewPassword), the rest on top.</summary>
    public static void Show(this ModelStateDictionary state, Error error)
    {
        if (error is InvalidError invalid)
        {
            foreach (var (field, messages) in invalid.Fields)
            {
                foreach (var m in messages)
                {
                    state.AddModelError(field.Length == 0 ? "" : char.ToUpperInvariant(field[0]) + field[1..], m);
                }
            }

            return;
        }

        state.AddModelError(error == AccountErrors.EmailTaken ? "Email" : "", error.Message);
    }
}
