using Npgsql;

namespace Supervise.Leases.Tests.Servers;

/// <summary>
/// A PostgreSQL 15 of the test's own: a cluster initialised in a temporary folder and run by pg_ctl on a
/// free loopback port, as the <c>postgres</c> user when the tests run as root. Trust authentication,
/// loopback only, no Unix socket; removed on dispose.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string ServerUser = "postgres";

    private readonly string _folder;
    private readonly string _dataFolder;

    private PostgresServer(string folder, int port)
    {
        _folder = folder;
        _dataFolder = Path.Combine(folder, "data");
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = ServerUser,
            Database = "postgres",
            Timeout = 5,
        }.ConnectionString;
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public bool IsRunning { get; private set; }

    public static async Task<PostgresServer> StartAsync()
    {
        var initdb = Path.Combine(BinDirectory, "initdb");
        if (!File.Exists(initdb))
        {
            throw new InvalidOperationException($"The PostgreSQL 15 server binaries are not in {BinDirectory}: install them (apt-get install -y postgresql-15), or set SUPERVISE_TEST_POSTGRES to the Npgsql connection string of a server to use.");
        }

        var folder = Directory.CreateTempSubdirectory("supervise-leases-pg-").FullName;
        var server = new PostgresServer(folder, FreePort.Next());
        try
        {
            if (Command.RunsAsRoot)
            {
                await Command.RunAsync("chown", $"{ServerUser}:", folder);
            }

            await Command.RunAsUserAsync(ServerUser, initdb, "-D", server._dataFolder, "-U", ServerUser, "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
            await File.AppendAllTextAsync(Path.Combine(server._dataFolder, "postgresql.conf"), $"""

                port = {server.Port}
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                fsync = off
                max_connections = 200
                """);
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server after <see cref="StopAsync"/>, on the same port and data.</summary>
    public async Task StartAgainAsync()
    {
        await PgCtlAsync("start", "-l", Path.Combine(_folder, "server.log"));
        IsRunning = true;
    }

    /// <summary>Stops the server the way an administrator does (fast: sessions are ended).</summary>
    public async Task StopAsync()
    {
        IsRunning = false;
        await PgCtlAsync("stop", "-m", "fast");
    }

    /// <summary>Restarts the server: every session is ended, and the data stays.</summary>
    public Task RestartAsync() => PgCtlAsync("restart", "-m", "fast", "-l", Path.Combine(_folder, "server.log"));

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            try
            {
                await PgCtlAsync("stop", "-m", "immediate");
            }
            catch (InvalidOperationException)
            {
                // Already gone: nothing to stop.
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task PgCtlAsync(params string[] arguments) =>
        Command.RunAsUserAsync(ServerUser, Path.Combine(BinDirectory, "pg_ctl"), ["-D", _dataFolder, "-w", "-t", "30", .. arguments]);
}
