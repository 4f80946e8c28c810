using SeedDemo;
using Supervise;

DemoOptions options;
try
{
    options = DemoOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

var random = options.Seed is { } seed ? new Random(seed) : new Random();
var worker = new FlakyWorker(random, Console.Out);
var supervisor = worker.WorkSupervisor;

// Print each restart as it is scheduled: the supervisor enters WaitingToRestart after every exit, and
// the restart counts once the next run starts, so a stop during the wait leaves it uncounted.
var restartDue = 0;
supervisor.StateChanged += (_, change) =>
{
    if (change.State == SupervisorState.WaitingToRestart)
    {
        restartDue = supervisor.RestartCount + 1;
        Console.WriteLine($"[{Clock.Now}] supervisor: restart {restartDue} due in 500 ms");
    }
    else if (change.State == SupervisorState.Running)
    {
        restartDue = 0;
    }
};

Console.WriteLine($"Supervising '{supervisor.Name}' for {options.DurationSeconds:0.###} s{(options.Seed is { } s ? $" (seed {s})" : string.Empty)}.");
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.DurationSeconds));
await supervisor.RunAsync(stop.Token);

Console.WriteLine($"[{Clock.Now}] supervisor: stopped ({supervisor.State}){(restartDue > 0 ? $" before restart {restartDue} was due" : string.Empty)}");
Console.WriteLine($"Worker was restarted {supervisor.RestartCount} times.");
return 0;
