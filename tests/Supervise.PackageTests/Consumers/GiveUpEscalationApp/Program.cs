using Supervise;

// "plain" runs a [Supervised] method; "background-service" a supervised BackgroundService's ExecuteAsync,
// registered with AddSupervisedWorkers as the README says. Either way the worker gives up at its first failure.
var builder = Host.CreateApplicationBuilder(args);
if (args.Contains("background-service"))
{
    builder.Services.AddSupervisedWorkers<ImportService>();
}
else
{
    builder.Services.AddSupervisedWorkers<Importer>();
}

await builder.Build().RunAsync();

public sealed partial class Importer
{
    [Supervised(Restart = RestartMode.Never)]
    private Task ImportAsync(CancellationToken stoppingToken) => throw new InvalidOperationException("the import file is corrupt");
}

public sealed partial class ImportService : BackgroundService
{
    [Supervised(MaxRestarts = 0, Policy = RestartPolicy.Immediate)]
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => throw new InvalidOperationException("the import file is corrupt");
}
