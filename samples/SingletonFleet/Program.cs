using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SingletonFleet;
using Supervise;

// One replica of a fleet: start several against the same database and exactly one of them writes.
//   dotnet run --project samples/SingletonFleet -- --connection "Host=127.0.0.1;Username=postgres;Database=postgres" --replica a
// Stops on Ctrl+C or SIGTERM (exit code 0), releasing the lease so another replica takes over at its next try.
var builder = Host.CreateApplicationBuilder(args);
var connectionString = builder.Configuration["connection"];
var replicaName = builder.Configuration["replica"];
if (string.IsNullOrWhiteSpace(connectionString) || string.IsNullOrWhiteSpace(replicaName))
{
    Console.Error.WriteLine("usage: SingletonFleet --connection \"<npgsql connection string>\" --replica <name>");
    return 2;
}

// The replica's own lines are the story; the logs add only what went wrong.
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var replica = new FleetReplica(replicaName);
builder.Services.AddSingleton(replica);
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
builder.Services.AddSingleton<FleetWorkTable>();
builder.Services.AddSingleton<FleetWorker>();
builder.Services.AddSupervisedWorkers<FleetWorker>();
builder.Services.AddSuperviseLeases().UsePostgres(connectionString);

using var host = builder.Build();
host.Services.GetRequiredService<FleetWorker>().WorkSupervisor.StateChanged += (_, change) =>
{
    if (change.State == SupervisorState.WaitingForLease)
    {
        replica.Say("standby");
    }
};

await host.RunAsync();
replica.Say("stopped");
return 0;
