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

// Print each restart as it happens: the supervisor enters WaitingToRestart after every exit.
supervisor.StateChanged += (_, change) =>
{
    if (change.State == SupervisorState.WaitingToRestart)
    {
        Console.WriteLine($"[{Clock.Now}] supervisor: restarting in 500 ms (restart {supervisor.RestartCount + 1})");
    }
};

Console.WriteLine($"Supervising '{supervisor.Name}' for {options.DurationSeconds:0.###} s{(options.Seed is { } s ? $" (seed {s})" : string.Empty)}.");
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.DurationSeconds));
await supervisor.RunAsync(stop.Token);

Console.WriteLine($"[{Clock.Now}] supervisor: stopped ({supervisor.State})");
Console.WriteLine($"Worker was restarted {supervisor.RestartCount} times.");
return 0;
