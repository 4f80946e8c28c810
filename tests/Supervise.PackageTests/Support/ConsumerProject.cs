namespace Supervise.PackageTests.Support;

/// <summary>A project in the workspace that uses the packages, built and run with the dotnet CLI.</summary>
public sealed class ConsumerProject
{
    // Generous: the first restore of a run may download third-party packages the machine lacks.
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeLimit = TimeSpan.FromMinutes(1);

    public ConsumerProject(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary><c>dotnet build</c>, restore included, with the classic logger so every warning is a line of output.</summary>
    /// <param name="properties">Extra MSBuild properties, as <c>-p:Name=Value</c>.</param>
    public Task<CommandResult> BuildAsync(params string[] properties) =>
        DotnetCommand.RunAsync(Directory, BuildTimeLimit, ["build", "-tl:off", .. properties]);

    /// <summary>Runs the built app (net10.0, Debug), as <c>dotnet App.dll</c>.</summary>
    /// <param name="arguments">The app's command-line arguments.</param>
    public Task<CommandResult> RunAsync(params string[] arguments) =>
        DotnetCommand.RunAsync(Directory, RunTimeLimit, [Path.Combine("bin", "Debug", "net10.0", Name + ".dll"), .. arguments]);
}
