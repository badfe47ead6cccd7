namespace FairNotice.Domain.Notices;

/// <summary>Why the lifecycle refuses a step, as templates (<see cref="MessageCatalog"/>), so that a page can say it in
/// its own language; the error's English message is the same template filled in English.</summary>
public static class LifecycleMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
        ("Lifecycle.Conflict", "Cannot {0} a request that is {1}: {2}."),
        ("Lifecycle.Forbidden", "You may not {0} this request."),
        ("Lifecycle.Why.AlreadyRunOut", "its validity has already run out"),
        ("Lifecycle.Why.Closed", "it is closed"),
        ("Lifecycle.Why.MustBe", "it must be {0}"),
        ("Lifecycle.Why.RenewalOpens", "renewal opens on {0}"),
        ("Lifecycle.Why.RenewLiveOnly", "only a published or suspended request can be renewed"),
        ("Lifecycle.Why.RunOut", "its validity has run out; renew is no longer possible"),
        ("Lifecycle.Why.ValidUntil", "it is valid until {0}"),
    ];

    internal static MessageArgument Action(NoticeAction action) => MessageArgument.Word($"NoticeAction.{action}", action.ToString());

    internal static MessageArgument Status(NoticeStatus status) => MessageArgument.Word($"NoticeStatus.{status}", status.ToString());

    internal static LocalMessage Why(string key, params MessageArgument[] arguments) => LocalMessage.Of($"Lifecycle.Why.{key}", arguments);
}
