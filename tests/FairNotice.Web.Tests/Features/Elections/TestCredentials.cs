using System.Collections.Concurrent;
using System.Net.Http.Json;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;

namespace FairNotice.Web.Tests.Features.Elections;

/// <summary>The credential authority's part in API tests: one credential per member for an election, the public list
/// published by the officer, the secrets kept here for the delegations' clients to sign with.</summary>
internal static class TestCredentials
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<SecretCredential>> Secrets = new(StringComparer.Ordinal);

    public static CredentialList Generate(string electionId)
    {
        var (list, secrets) = CredentialAuthority.Generate(electionId, MemberCatalogue.All.Select(m => m.Iso2));
        Secrets[electionId] = secrets;
        return list;
    }

    /// <summary>Generates and publishes the list (the officer's upload); answers the HTTP response.</summary>
    public static async Task<HttpResponseMessage> PublishAsync(HttpClient officer, string electionId) =>
        await officer.PostAsJsonAsync($"/api/elections/{electionId}/credentials", Generate(electionId), AppFixture.JsonOptions);

    public static SecretCredential Of(string electionId, string member) => Secrets[electionId].Single(s => string.Equals(s.Member, member, StringComparison.OrdinalIgnoreCase));
}
