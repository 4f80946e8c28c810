using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Supervise.Leases.Tests.Fleet;

/// <summary>
/// One replica of the SingletonFleet sample, run as a user runs the built sample
/// (<c>dotnet SingletonFleet.dll --connection ... --replica name</c>); every line it prints goes to the fleet.
/// </summary>
internal sealed class ReplicaProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ReplicaProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The built sample, as its project's GetTargetPath names it at build time.</summary>
    public static string SamplePath { get; } = typeof(ReplicaProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "SingletonFleetPath").Value!;

    public static ReplicaProcess Start(string name, string connectionString, Action<string, string> onLine)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { SamplePath, "--connection", connectionString, "--replica", name })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                onLine(name, text);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                onLine(name, "stderr: " + text);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ReplicaProcess(name, process);
    }

    /// <summary>SIGKILL: the process dies on the spot, without releasing anything; the kernel closes its sockets.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM, as an orchestrator stops a replica: the host shuts down gracefully.</summary>
    public Task TerminateAsync() => Command.RunAsync("kill", "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture));

    public async Task<int> ExitCodeAsync()
    {
        await Within.ResultAsync(_process.WaitForExitAsync().ContinueWith(_ => true, TaskScheduler.Default), $"The exit of replica {Name}");
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
