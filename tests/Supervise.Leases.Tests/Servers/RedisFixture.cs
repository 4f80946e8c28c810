namespace Supervise.Leases.Tests.Servers;

/// <summary>
/// The Redis the shared tests use: the server named by <c>SUPERVISE_TEST_REDIS</c> (host:port, as
/// .ci/run exports it), or else a redis-server the fixture starts for the test run. Tests that stop a
/// server start their own <see cref="RedisServer"/> instead.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public const string Variable = "SUPERVISE_TEST_REDIS";

    private RedisServer? _ownServer;

    public string Configuration { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            Configuration = given;
            return;
        }

        _ownServer = await RedisServer.StartAsync();
        Configuration = _ownServer.Configuration;
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
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "Redis";
}
