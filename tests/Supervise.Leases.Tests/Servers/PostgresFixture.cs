namespace Supervise.Leases.Tests.Servers;

/// <summary>
/// The PostgreSQL the shared tests use: the server named by <c>SUPERVISE_TEST_POSTGRES</c> (an Npgsql
/// connection string, as .ci/run exports it), or else one the fixture starts for the test run.
/// Tests that restart or stop a server start their own <see cref="PostgresServer"/> instead.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Variable = "SUPERVISE_TEST_POSTGRES";

    private PostgresServer? _ownServer;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        _ownServer = await PostgresServer.StartAsync();
        ConnectionString = _ownServer.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_ownServer is not null)
        {
            await _ownServer.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
