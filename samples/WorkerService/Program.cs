using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Supervise;
using Supervise.Hosting;
using WorkerService;

// A Generic Host (here the web flavour, for the status page) running two supervised workers and a
// parameterised one (a child per configured partition).
// The status page comes from the Supervise.AspNetCore package: http://127.0.0.1:5080/supervisors
// Listens on 127.0.0.1:5080 unless told otherwise: --urls http://127.0.0.1:<port> (0 picks a free port).
// Settings come from the appsettings.json next to the program, whatever the current directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.Configure<SampleOptions>(builder.Configuration.GetSection("Sample"));

builder.Services.AddSupervisedWorkers<InventoryPoller>();
builder.Services.AddSupervisedWorkers<OrderConsumer>();

// A parameterised worker: one supervised child per partition listed in Sample:Partitions, started by
// PartitionAssignment once the host runs, and all stopped with the host by AddSupervisedWorkers.
builder.Services.AddSupervisedWorkers<PartitionConsumer>();
builder.Services.AddHostedService<PartitionAssignment>();

// Give-up behaviors from the "Supervise" section of appsettings.json: StopHost unless a worker says otherwise.
builder.Services.AddOptions<SupervisedWorkersOptions>().Bind(builder.Configuration.GetSection("Supervise"));

builder.Services.AddHealthChecks().AddSupervisedWorkers(tags: ["workers"]);

// Metrics (restarts, failures, run durations, workers by state) through the OpenTelemetry console
// exporter; the same meter also shows in `dotnet-counters monitor --counters Supervise -n WorkerService`.
var sample = builder.Configuration.GetSection("Sample").Get<SampleOptions>() ?? new SampleOptions();
var telemetry = builder.Services.AddOpenTelemetry();
if (sample.MetricsInterval > TimeSpan.Zero)
{
    telemetry.WithMetrics(metrics => metrics
        .AddMeter(SupervisorTelemetry.MeterName)
        .AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)sample.MetricsInterval.TotalMilliseconds));
}

if (sample.ExportTraces)
{
    telemetry.WithTracing(tracing => tracing.AddSource(SupervisorTelemetry.ActivitySourceName).AddConsoleExporter());
}

var app = builder.Build();

app.MapHealthChecks("/health", new HealthCheckOptions
{
    Predicate = registration => registration.Tags.Contains("workers"),
    ResponseWriter = HealthReportJson.WriteAsync,
});

// The workers' status page, and the same data as JSON at /supervisors.json. A real deployment would
// add .RequireAuthorization(): the page names the workers and shows their failure messages.
app.MapSupervisorStatus("/supervisors");
app.MapGet("/", () => Results.Redirect("/supervisors"));

app.Lifetime.ApplicationStarted.Register(() =>
{
    var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WorkerService");
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        logger.LogInformation("Status page: {StatusPage}/supervisors (health report as JSON: {HealthReport}/health). Press Ctrl+C to stop.", address, address);
    }
});

// A supervisor that gives up with StopHost stops the host and sets Environment.ExitCode, which is
// the process's exit code because this program does not return one itself.
await app.RunAsync();
