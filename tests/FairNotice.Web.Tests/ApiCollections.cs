namespace FairNotice.Web.Tests;

/// <summary>One host over SQLite shared by the API tests split out of the old <c>ApiTests</c> (one file per use case under
/// <c>Features/</c>): they ran in one class over one fixture, and still do — one after the other, on one database.</summary>
[CollectionDefinition(Name)]
public sealed class ApiOnSqlite : ICollectionFixture<SqliteFixture>
{
    public const string Name = "API on SQLite";
}

/// <summary>The same on PostgreSQL (FAIRNOTICE_TEST_PG).</summary>
[CollectionDefinition(Name)]
public sealed class ApiOnPostgres : ICollectionFixture<PostgresFixture>
{
    public const string Name = "API on PostgreSQL";
}
