namespace FairNotice.Web.Platform;

/// <summary>A feature's own work at start, after migrations, so that Platform's <see cref="Startup"/> names no feature.
/// Steps run one after the other in <see cref="Order"/>; those below <see cref="StartupStep.DemoSeeding"/> run before the
/// roles and the demo data are set up, the others after (caches loaded from what is stored).</summary>
internal interface IStartupStep
{
    int Order { get; }

    Task RunAsync(IServiceProvider services, AppDbContext db, CancellationToken ct);
}

internal static class StartupStep
{
    /// <summary>Where Platform sets up the roles and, in demo mode, the demo accounts and data.</summary>
    public const int DemoSeeding = 100;

    public static IServiceCollection AddStartupStep<T>(this IServiceCollection services)
        where T : class, IStartupStep => services.AddSingleton<IStartupStep, T>();
}
