using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FairNotice.Web.Platform;

internal sealed class DatabaseOptions
{
    [Required, AllowedValues("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=fairnotice.db";
}

internal static class Database
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == "Postgres")
        {
            services.AddDbContext<AppDbContext, PostgresDbContext>((sp, o) => o.UseNpgsql(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<Features.Screening.ScreeningIndexInterceptor>()));
        }
        else
        {
            var cs = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString);
            if (!Path.IsPathRooted(cs.DataSource) && cs.DataSource != ":memory:")
            {
                cs.DataSource = Path.Combine(env.ContentRootPath, cs.DataSource);
            }

            services.AddDbContext<AppDbContext, SqliteDbContext>((sp, o) => o.UseSqlite(cs.ToString())
                .AddInterceptors(sp.GetRequiredService<Features.Screening.ScreeningIndexInterceptor>()));
        }

        return services;
    }

    public static async Task MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
    }
}

// Design-time factories: `dotnet ef migrations add X --context SqliteDbContext|PostgresDbContext`.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
