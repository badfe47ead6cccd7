using FairNotice.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FairNotice.Web.Platform;

/// <summary>The one way a page shows a domain error: each invalid field next to its input when the page has one,
/// otherwise in the summary, naming the field.</summary>
internal static class PageErrors
{
    /// <param name="state">The page's model state.</param>
    /// <param name="error">The error.</param>
    /// <param name="property">The page property for an API field name, or null to report it in the summary.</param>
    public static void AddError(this ModelStateDictionary state, Error error, Func<string, string?>? property = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(error);
        var fields = error switch
        {
            InvalidError invalid => invalid.Fields,
            UnacceptableContentError refused => refused.Fields,
            _ => null,
        };
        if (fields is null)
        {
            state.AddModelError(string.Empty, error.Message);
            return;
        }

        foreach (var (field, messages) in fields)
        {
            var key = property?.Invoke(field);
            state.AddModelError(key ?? string.Empty, key is null ? $"{field}: {string.Join(" ", messages)}" : string.Join(" ", messages));
        }
    }
}
