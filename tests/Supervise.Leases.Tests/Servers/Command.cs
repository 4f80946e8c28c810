using System.Diagnostics;

namespace Supervise.Leases.Tests.Servers;

/// <summary>Runs a server tool to completion, and fails with its output when it fails.</summary>
internal static class Command
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Whether this process runs as root, where PostgreSQL refuses to run and its tools must run as another user.</summary>
    public static bool RunsAsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    public static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds:0} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }
    }

    /// <summary>Runs a tool as the given user when this process is root, else as this process's user.</summary>
    public static Task RunAsUserAsync(string user, string fileName, params string[] arguments) =>
        RunsAsRoot
            ? RunAsync("runuser", ["-u", user, "--", fileName, .. arguments])
            : RunAsync(fileName, arguments);
}
