using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using FairNotice.Web.Tests.Platform;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>The app as production runs it: Secure <c>__Host-</c> cookies (no plain-http exception), a trusted proxy, tight
/// public-extract budget, an hour-long denied-access window (the tests flush it themselves) and simulated client addresses.</summary>
public sealed class SecureHostFixture : IAsyncLifetime
{
    public const string Collection = "secure-host";

    public const string Proxy = "10.99.0.9";

    public SqliteFixture App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Settings["Sessions:PlainHttpCookies"] = "false";
        App.Settings["Budgets:TrustedProxies:0"] = Proxy;
        App.Settings["Budgets:PublicExtract:PerClient:Permits"] = "2";
        App.Settings["Budgets:PublicExtract:PerClient:Seconds"] = "3600";
        App.Settings["DeniedAccess:WindowSeconds"] = "3600";
        App.Services = SimulatedClientAddress.Add;
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

[CollectionDefinition(SecureHostFixture.Collection)]
public sealed class SecureHostCollection : ICollectionFixture<SecureHostFixture>;

/// <summary>Cookie sign-in by the sign-in form, with a hand-kept cookie jar (the Secure cookies would not be replayed over
/// http by a cookie container, and some tests need to send exactly the cookies they choose).</summary>
internal static partial class CookieSession
{
    // Which app a client talks to: the second sign-in step needs that app's authenticator clock (codes are single-use).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, AppFixture> Apps = [];

    public static HttpClient Client(AppFixture app, string baseAddress = "https://localhost")
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(baseAddress) });
        Apps.Add(client, app);
        return client;
    }

    public static string Merge(HttpResponseMessage r, string? previous = null)
    {
        var jar = (previous ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        foreach (var set in r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = set.Split(';', 2)[0].Split('=', 2);
            jar[pair[0]] = pair[1];
        }

        return string.Join("; ", jar.Where(kv => kv.Value.Length > 0).Select(kv => $"{kv.Key}={kv.Value}"));
    }

    public static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Signs in through the form; returns the cookies and the Set-Cookie lines of the sign-in answer.</summary>
    public static async Task<(string Cookies, IReadOnlyList<string> SetCookie)> SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var cookies = Merge(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = AppFixture.Password, ["__RequestVerificationToken"] = Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var passwordOk = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, passwordOk.StatusCode);
        cookies = Merge(passwordOk, cookies);

        // Step 2 (ADR 0017): the authenticator code; only then is the session cookie issued.
        using var get = new HttpRequestMessage(HttpMethod.Get, passwordOk.Headers.Location!.OriginalString);
        get.Headers.Add("Cookie", cookies);
        var step2 = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, step2.StatusCode);
        cookies = Merge(step2, cookies);
        Assert.True(Apps.TryGetValue(client, out var app), "Create the client with CookieSession.Client.");
        using var code = new HttpRequestMessage(HttpMethod.Post, "/Account/TwoFactor?handler=Code")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = app.Authenticator.NextCode(email), ["__RequestVerificationToken"] = Token(await step2.Content.ReadAsStringAsync()),
            }),
        };
        code.Headers.Add("Cookie", cookies);
        var signedIn = await client.SendAsync(code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (Merge(signedIn, cookies), [.. signedIn.Headers.TryGetValues("Set-Cookie", out var v) ? v : []]);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string cookies, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookies);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }
}
