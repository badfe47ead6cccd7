namespace FairNotice.Web.Features.Shared;

/// <summary>What a page shows before a binding or irreversible step runs: the step in capitals, what was chosen and its real consequence.</summary>
/// <param name="Headline">"You are about to REFUSE …".</param>
/// <param name="Details">What was chosen and what follows, one sentence each.</param>
/// <param name="ConfirmLabel">The label of the button that carries the explicit confirmation.</param>
/// <param name="Warning">A contradiction or change the user must notice, if any.</param>
internal sealed record Confirmation(string Headline, IReadOnlyList<string> Details, string ConfirmLabel, string? Warning = null);
