namespace Supervise.PackageTests.Support;

/// <summary>
/// A worker service made by <c>dotnet new worker</c> (the template ships with the .NET SDK, so it is there
/// offline) and converted to supervision as the README says: <c>partial</c> on the worker and
/// <c>[Supervised]</c> on its <c>ExecuteAsync</c>, nothing else of the template's code changed.
/// </summary>
public static class WorkerTemplate
{
    private static readonly TimeSpan NewTimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>Runs the template in the workspace and converts its output; fails with the template's output if it cannot.</summary>
    /// <param name="packages">The packed packages, whose workspace gets the app.</param>
    /// <param name="name">The app's name, which is also its namespace.</param>
    /// <param name="attribute">The attribute put on <c>ExecuteAsync</c>, such as <c>[Supervised(RestartDelayMs = 200)]</c>.</param>
    public static async Task<ConsumerProject> CreateAsync(PackedPackages packages, string name, string attribute)
    {
        var directory = Path.Combine(packages.Workspace, name);
        var created = await DotnetCommand.RunAsync(packages.Workspace, NewTimeLimit, "new", "worker", "--name", name, "--output", directory, "--no-restore");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("`dotnet new worker` failed: " + created.Describe());
        }

        var worker = Path.Combine(directory, "Worker.cs");
        Edit(worker, "public class Worker(", "public partial class Worker(");
        Edit(
            worker,
            "    protected override async Task ExecuteAsync(CancellationToken stoppingToken)\n    {\n",
            $"    {attribute}\n    protected override async Task ExecuteAsync(CancellationToken stoppingToken)\n    {{\n        using var probe = RunProbe.Begin(logger);\n");
        File.WriteAllText(worker, "using Supervise;\n" + File.ReadAllText(worker));
        Edit(Path.Combine(directory, name + ".csproj"), "  </ItemGroup>", "    <PackageReference Include=\"Supervise.Hosting\" Version=\"$(SuperviseVersion)\" />\n  </ItemGroup>");
        var probe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Templates", "RunProbe.cs")).Replace("namespace TemplateWorker;", $"namespace {name};");
        File.WriteAllText(Path.Combine(directory, "RunProbe.cs"), probe);
        return new ConsumerProject(name, directory);
    }

    /// <summary>Replaces code in the app's Program.cs, failing if the template no longer has it.</summary>
    public static void EditProgram(ConsumerProject project, string find, string replaceWith) =>
        Edit(Path.Combine(project.Directory, "Program.cs"), find, replaceWith);

    // A template that no longer has the code to change fails here, showing the file, rather than later and obscurely.
    private static void Edit(string path, string find, string replaceWith)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The template's {Path.GetFileName(path)} has changed; it no longer has:\n{find}\nIt reads:\n{text}");
        }

        File.WriteAllText(path, text.Replace(find, replaceWith, StringComparison.Ordinal));
    }
}
