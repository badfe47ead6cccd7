using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class NoticeVisibilityTests
{
    private static Actor Ncb(string country, Role role = Role.NcbOfficer) => new("u", Affiliation.Ncb, country, new HashSet<Role> { role });

    private static readonly Actor Reviewer = new("r", Affiliation.Secretariat, null, new HashSet<Role> { Role.SecretariatReviewer });

    private static VisibilityFacts Notice(NoticeStatus s, params string[] restricted) => new(NoticeKind.Notice, s, "FR", restricted, false, []);

    private static VisibilityFacts Diffusion(NoticeStatus s, bool all, string[] to, params string[] restricted) => new(NoticeKind.Diffusion, s, "FR", restricted, all, to);

    // Issue #2: the requester sees its own; others see published notices not restricted from them and diffusions addressed to them;
    // the Secretariat sees all; nothing else sees anything.
    public static TheoryData<string, Actor, VisibilityFacts, bool> Cases => new()
    {
        { "source sees its draft", Ncb("FR"), Notice(NoticeStatus.Draft), true },
        { "source supervisor sees its refused request", Ncb("FR", Role.NcbSupervisor), Notice(NoticeStatus.Refused), true },
        { "other NCB does not see a draft", Ncb("DE"), Notice(NoticeStatus.Draft), false },
        { "other NCB does not see a notice under review", Ncb("DE"), Notice(NoticeStatus.UnderReview), false },
        { "other NCB sees a published notice", Ncb("DE"), Notice(NoticeStatus.Published), true },
        { "excluded NCB does not see a published notice", Ncb("US"), Notice(NoticeStatus.Published, "US"), false },
        { "other NCB does not see a suspended notice", Ncb("DE"), Notice(NoticeStatus.Suspended), false },
        { "other NCB does not see a cancelled notice", Ncb("DE"), Notice(NoticeStatus.Cancelled), false },
        { "addressee sees a circulating diffusion", Ncb("DE"), Diffusion(NoticeStatus.UnderReview, false, ["DE"]), true },
        { "non-addressee does not see a diffusion", Ncb("US"), Diffusion(NoticeStatus.UnderReview, false, ["DE"]), false },
        { "everyone sees a diffusion to all", Ncb("BR"), Diffusion(NoticeStatus.Published, true, []), true },
        { "excluded member does not see a diffusion to all", Ncb("RU"), Diffusion(NoticeStatus.Published, true, [], "RU"), false },
        { "addressee does not see a held diffusion", Ncb("DE"), Diffusion(NoticeStatus.UnderReview, false, ["DE"]) with { Held = true }, false },
        { "addressee sees a held diffusion once published after review", Ncb("DE"), Diffusion(NoticeStatus.Published, false, ["DE"]) with { Held = true }, true },
        { "source sees its held diffusion", Ncb("FR"), Diffusion(NoticeStatus.UnderReview, false, ["DE"]) with { Held = true }, true },
        { "addressee does not see a refused diffusion", Ncb("DE"), Diffusion(NoticeStatus.Refused, false, ["DE"]), false },
        { "addressee does not see a draft diffusion", Ncb("DE"), Diffusion(NoticeStatus.Draft, false, ["DE"]), false },
        { "reviewer sees a draft", Reviewer, Notice(NoticeStatus.Draft), true },
        { "reviewer sees an excluded-from-everyone notice", Reviewer, Notice(NoticeStatus.Published, "DE", "US"), true },
        { "auditor sees nothing", new Actor("a", Affiliation.Secretariat, null, new HashSet<Role> { Role.Auditor }), Notice(NoticeStatus.Published), false },
        { "commission member sees nothing (yet)", new Actor("c", Affiliation.Commission, null, new HashSet<Role> { Role.CommissionMember }), Notice(NoticeStatus.Published), false },
        { "administrator sees nothing", new Actor("d", Affiliation.Secretariat, null, new HashSet<Role> { Role.Administrator }), Notice(NoticeStatus.Published), false },
        { "NCB account without an NCB role sees nothing", new Actor("e", Affiliation.Ncb, "DE", new HashSet<Role> { Role.Auditor }), Notice(NoticeStatus.Published), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CanSee_FollowsTheVisibilityRule(string why, Actor actor, VisibilityFacts facts, bool expected) =>
        Assert.True(expected == NoticeVisibility.CanSee(actor, facts), why);
}
