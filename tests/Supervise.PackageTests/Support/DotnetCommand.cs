using System.Diagnostics;
using System.Text;

namespace Supervise.PackageTests.Support;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process, as a user would in a terminal, and collects its output.
/// A process that outlives its time limit is killed with its children, so a hung build or app fails the
/// test instead of hanging the run.
/// </summary>
public static class DotnetCommand
{
    // Set by the test host for its own MSBuild; a child build must find its SDK by itself, as a user's does.
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBUILD_EXE_PATH",
        "MSBuildLoadMicrosoftTargetsReadOnly",
    ];

    public static async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeLimit, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in InheritedMSBuildVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild worker nodes left running after the tests.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Record(output, line.Data);
        process.ErrorDataReceived += (_, line) => Record(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var limit = new CancellationTokenSource(timeLimit))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
            }
        }

        // Also drains the output still buffered in the redirected streams.
        await process.WaitForExitAsync();
        var commandLine = "dotnet " + string.Join(' ', arguments);
        lock (output)
        {
            return new CommandResult(commandLine, process.ExitCode, timedOut, output.ToString());
        }
    }

    private static void Record(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
