using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Errors;

/// <summary>The page for every error outside the API: re-executed by the status-code and exception middleware with the
/// original status, so a browser never shows an empty body or a stack trace.</summary>
/// <remarks>Anonymous, so that it can answer for any request; it names no object, so it reveals nothing. The antiforgery
/// check is skipped because the original request already passed or failed it.</remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class IndexModel : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string RequestId { get; private set; } = "";

    // No handler methods: the page answers whatever method the failed request used (a form post, a DELETE).
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = int.TryParse(RouteData.Values["status"]?.ToString(), CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        // Re-executed: the response already carries the original status. Reached directly: answer the status asked for.
        Status = status is >= 400 and < 600 ? status.Value : Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        RequestId = HttpContext.TraceIdentifier;
        (Title, Explanation) = Status switch
        {
            StatusCodes.Status404NotFound => ("Page not found",
                "There is nothing at this address, or nothing your account may see. Check the address or start again from the home page."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not give access to this page."),
            StatusCodes.Status503ServiceUnavailable => ("Temporarily unavailable",
                "A part of the system (the database or the virus scanner) is not answering; nothing was changed. Please try again in a moment."),
            StatusCodes.Status405MethodNotAllowed => ("Not possible here", "This address does not accept that kind of request. Open it from a link or a form in the application."),
            StatusCodes.Status400BadRequest => ("The request could not be read", "Please go back, check what you entered and try again."),
            >= 500 => ("Something went wrong", "The server could not complete the request; the error has been logged. Please try again later."),
            _ => ("The request could not be completed", $"The server answered with status {Status}."),
        };
    }
}
