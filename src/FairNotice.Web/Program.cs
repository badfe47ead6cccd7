using FairNotice.Web.Features.Account;
using FairNotice.Web.Features.Accounts;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Features.Compliance;
using FairNotice.Web.Features.Elections;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Features.Members;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.PublicNotices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Features.Registry;
using FairNotice.Web.Features.Retention;
using FairNotice.Web.Features.Screening;
using FairNotice.Web.Features.Transparency;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using FairNotice.Web.Platform.Cluster;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.Configuration.AddCredentialFiles(Environment.GetEnvironmentVariable);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddSecurityHeaders();
builder.Services.AddPublicBaseUrl();
builder.Services.AddOpenApi();
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddAuditKeys(builder.Configuration, builder.Environment);
builder.Services.AddDocumentKeys(builder.Configuration, builder.Environment);
builder.Services.AddUploadScanning(builder.Configuration);
builder.Services.AddAppAuthentication();
builder.Services.AddSessions();
builder.Services.AddSessionCookies(builder.Configuration, builder.Environment);
builder.Services.AddKeyRing(builder.Configuration, builder.Environment);
builder.Services.AddLeadership(builder.Configuration);
builder.Services.AddChangeFeed(builder.Configuration);
builder.Services.AddProxyHeaders();
builder.Services.AddDeniedAccessTrail();
builder.Services.AddBudgets();
builder.Services.AddRequestSizeLimits();
builder.Services.AddDemo();
builder.Services.AddTelemetry(builder.Configuration); // traces, metrics, /metrics (ADR 0034)
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddPublicCertificateCheck();
builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.Conventions.AddPageRoute("/Home/Index", "");
    o.Conventions.AllowAnonymousToPage("/Account/Login");
});

builder.Services.AddLanguages();
builder.Services.AddAccount().AddAccounts().AddMembers().AddNotices().AddCompliance().AddRegistry().AddScreening().AddPublicNotices().AddAuditTrail().AddRedress().AddTransparency().AddElections().AddRetention();

var app = builder.Build();

app.UseClientAddress();
app.UseMetricsEndpoint(); // /metrics for the host, listed networks or the token's holder only (ADR 0034)
app.UseSecurityHeaders();
app.UseErrorResponses();
app.UseStaticFiles(SecurityHeaders.StaticFiles());
app.UseHttpsPages(); // outside Development, a page over plain http goes to Site:PublicBaseUrl (its forms need https)
app.UseLanguages();
app.UseRouting();
app.UseAuditWhere();
app.UseSingleValuedQuery();
app.UseRequestSizeLimits();
app.UseAuthentication();
app.UseSessionChecks();
app.UseDeniedAccessTrail();
app.UsePurposeOutsideUrls();
app.UseCrossSiteRefusal();
app.UseRateLimiter();
app.UseSharedBudgets();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapApiReference();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous(); // the process answers; no check, no database (ADR 0034)
app.MapHealthChecks("/health/ready", new() { Predicate = c => !c.Tags.Contains(PublicCertificate.Tag) }).AllowAnonymous();
app.MapPublicCertificateCheck();
app.MapRazorPages();
app.MapLanguages();
app.MapAccount();
app.MapAccounts();
app.MapMembers();
app.MapNotices();
app.MapCompliance();
app.MapRegistry();
app.MapScreening();
app.MapPublicNotices();
app.MapAuditTrail();
app.MapRedress();
app.MapTransparency();
app.MapElections();
app.MapRetention();
app.MapNotFoundFallback();

Environment.ExitCode = CreateFirstAdministrator.IsCommand(args)
    ? await CreateFirstAdministrator.RunAsync(app, args, Console.Out, Console.Error)
    : Database.IsMigrateCommand(args)
        ? await Database.RunMigrateCommandAsync(app, Console.Out, Console.Error)
        : await app.RunAsync(Startup.PrepareAsync);

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
