namespace Supervise.PackageTests.Support;

/// <summary>How a child process ended, with everything it printed, for assertions and their messages.</summary>
public sealed class CommandResult
{
    public CommandResult(string commandLine, int exitCode, bool timedOut, string output)
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
        TimedOut = timedOut;
        Output = output;
    }

    public string CommandLine { get; }

    public int ExitCode { get; }

    /// <summary>Whether the process was killed for running past its time limit.</summary>
    public bool TimedOut { get; }

    /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
    public string Output { get; }

    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>The command, how it ended and its whole output: the message of a failed assertion.</summary>
    public string Describe()
    {
        var ending = TimedOut ? "timed out and was killed" : $"exited with code {ExitCode}";
        return $"`{CommandLine}` {ending}. Output:\n{Output}";
    }
}
