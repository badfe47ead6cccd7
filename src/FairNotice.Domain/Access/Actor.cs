namespace FairNotice.Domain.Access;

/// <summary>Where an account belongs.</summary>
public enum Affiliation
{
    /// <summary>A member country's National Central Bureau.</summary>
    Ncb,
    /// <summary>The General Secretariat.</summary>
    Secretariat,
    /// <summary>The Commission for the Control of Files (independent of the Secretariat).</summary>
    Commission,
}

/// <summary>The roles an account can hold.</summary>
public enum Role
{
    /// <summary>Officer of an NCB: drafts and submits requests for its country.</summary>
    NcbOfficer,
    /// <summary>Supervisor of an NCB: everything an officer does, plus status changes and protected-status records.</summary>
    NcbSupervisor,
    /// <summary>Secretariat reviewer: reviews, publishes, refuses and cancels.</summary>
    SecretariatReviewer,
    /// <summary>Member of the Commission for the Control of Files.</summary>
    CommissionMember,
    /// <summary>Reads the audit trail; sees no notice content.</summary>
    Auditor,
    /// <summary>Runs Executive Committee elections.</summary>
    ElectionOfficer,
    /// <summary>Manages accounts; sees no notice content.</summary>
    Administrator,
}

/// <summary>Who is acting: the account, where it belongs and what it may do.</summary>
/// <param name="UserId">The account's id.</param>
/// <param name="Affiliation">NCB, Secretariat or Commission.</param>
/// <param name="Country">ISO alpha-2 of the NCB's member country; null outside NCBs.</param>
/// <param name="Roles">The account's roles.</param>
/// <remarks>An NCB actor always has a country; a Secretariat or Commission actor never has one.</remarks>
public sealed record Actor(string UserId, Affiliation Affiliation, string? Country, IReadOnlySet<Role> Roles)
{
    /// <summary>True when the actor holds the role.</summary>
    /// <param name="role">The role.</param>
    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>True for an NCB officer or supervisor of the given country.</summary>
    /// <param name="iso2">The country.</param>
    public bool IsNcbOf(string iso2) =>
        Affiliation == Affiliation.Ncb
        && string.Equals(Country, iso2, StringComparison.Ordinal)
        && (Has(Role.NcbOfficer) || Has(Role.NcbSupervisor));

    /// <summary>True for a Secretariat reviewer.</summary>
    public bool IsReviewer => Affiliation == Affiliation.Secretariat && Has(Role.SecretariatReviewer);

    /// <summary>The role written into audit entries: the first one held in declaration order; null for the system.</summary>
    public Role? PrimaryRole => Roles.Count == 0 ? null : Roles.Min();

    /// <summary>The system itself (scheduled expiry, seeding): Secretariat, no roles.</summary>
    public static Actor System { get; } = new("system", Affiliation.Secretariat, null, new HashSet<Role>());
}
