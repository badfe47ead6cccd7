namespace FairNotice.Domain.Members;

/// <summary>The four governance regions ("continents") used for Executive Committee seats.</summary>
public enum Region
{
    /// <summary>Africa.</summary>
    Africa,
    /// <summary>North, Central and South America and the Caribbean.</summary>
    Americas,
    /// <summary>Asia and the South Pacific, including the Middle East.</summary>
    AsiaSouthPacific,
    /// <summary>Europe.</summary>
    Europe,
}

/// <summary>A member country of the Organization and its National Central Bureau.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Name">English short name.</param>
/// <param name="Region">Governance region.</param>
/// <param name="NcbName">The National Central Bureau's name.</param>
public sealed record Member(string Iso2, string Name, Region Region, string NcbName);
