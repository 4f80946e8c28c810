using System.Reflection;
using System.Xml.Linq;

namespace Supervise.PackageTests.Support;

/// <summary>
/// The three packages, packed once per test run into a feed in a temporary workspace, where consumer
/// projects are then built as a user builds them. The workspace's NuGet.config adds the feed to the
/// machine's usual sources and restores into a package folder of its own (falling back on the machine's
/// for third-party packages), and the packages get a version of their own for this run, so neither the
/// machine's cache nor an earlier run can hand a consumer a stale Supervise.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public const string Supervise = "Supervise";
    public const string SuperviseHosting = "Supervise.Hosting";
    public const string SuperviseAnalyzers = "Supervise.Analyzers";

    private static readonly TimeSpan PackTimeLimit = TimeSpan.FromMinutes(5);

    // Each package and the project that packs it. The projects are built before the tests run (this
    // project references them), so packing reads those outputs rather than building again.
    private static readonly (string Id, string Project)[] PackableProjects =
    [
        (Supervise, "src/Supervise/Supervise.csproj"),
        (SuperviseHosting, "src/Supervise.Hosting/Supervise.Hosting.csproj"),
        (SuperviseAnalyzers, "analyzers/Supervise.Analyzers.Package/Supervise.Analyzers.Package.csproj"),
    ];

    private readonly string _repositoryRoot;
    private readonly string _configuration;

    public PackedPackages()
    {
        var assembly = typeof(PackedPackages).Assembly;
        _repositoryRoot = AssemblyMetadata(assembly, "RepositoryRoot");
        _configuration = assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Version = VersionForThisRun(AssemblyMetadata(assembly, "PackageVersion"));
        Workspace = Directory.CreateTempSubdirectory("supervise-package-tests-").FullName;
        Feed = Path.Combine(Workspace, "feed");
    }

    /// <summary>The version every package has in this run, e.g. <c>0.1.0-alpha.t4f0c9a1e2b7d</c>.</summary>
    public string Version { get; }

    /// <summary>The repository the packages are packed from.</summary>
    public string RepositoryRoot => _repositoryRoot;

    /// <summary>The temporary folder holding the feed and the consumer projects.</summary>
    public string Workspace { get; }

    /// <summary>The folder the packages are packed into: the consumers' extra package source.</summary>
    public string Feed { get; }

    /// <summary>The ids of the packages in <see cref="Feed"/>, sorted.</summary>
    public IReadOnlyList<string> PackedIds =>
        Directory.GetFiles(Feed, "*.nupkg")
            .Select(path => Path.GetFileName(path)[..^$".{Version}.nupkg".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public PackageContents Contents(string packageId) => PackageContents.Read(Path.Combine(Feed, $"{packageId}.{Version}.nupkg"));

    /// <summary>Copies a consumer project (a folder under Consumers/) into the workspace, ready to build.</summary>
    public ConsumerProject CopyConsumer(string name) => CopyConsumer(name, name);

    /// <summary>Copies a consumer project into a folder of the workspace named <paramref name="folder"/>, so one project can be built in two ways side by side.</summary>
    public ConsumerProject CopyConsumer(string name, string folder)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        var destination = Path.Combine(Workspace, folder);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return new ConsumerProject(name, destination);
    }

    public async Task InitializeAsync()
    {
        var machinePackages = MachinePackageFolderAsync();
        var packs = PackableProjects.Select(packable => PackAsync(packable.Id, packable.Project)).ToList();
        await Task.WhenAll(packs);
        foreach (var pack in packs)
        {
            if (!pack.Result.Succeeded)
            {
                throw new InvalidOperationException("Packing failed: " + pack.Result.Describe());
            }
        }

        WriteWorkspaceFiles(await machinePackages);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; it never fails the run.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    private Task<CommandResult> PackAsync(string id, string project) =>
        DotnetCommand.RunAsync(
            _repositoryRoot,
            PackTimeLimit,
            "pack", project,
            "--no-build",
            "--configuration", _configuration,
            "--output", Feed,
            "-tl:off",
            $"-p:Version={Version}",
            // Keeps the generated nuspec out of the repository's obj folder.
            $"-p:NuspecOutputPath={Path.Combine(Workspace, "nuspec", id)}{Path.DirectorySeparatorChar}");

    /// <summary>Where this machine keeps restored packages, as NuGet itself reports it.</summary>
    private async Task<string> MachinePackageFolderAsync()
    {
        var locals = await DotnetCommand.RunAsync(_repositoryRoot, PackTimeLimit, "nuget", "locals", "global-packages", "--list");
        const string Prefix = "global-packages:";
        var line = locals.Output.Split('\n').Select(text => text.Trim()).FirstOrDefault(text => text.StartsWith(Prefix, StringComparison.Ordinal));
        if (!locals.Succeeded || line is null)
        {
            throw new InvalidOperationException("Could not find the machine's package folder: " + locals.Describe());
        }

        return line[Prefix.Length..].Trim();
    }

    private void WriteWorkspaceFiles(string machinePackages)
    {
        new XDocument(
            new XComment(" Written by Supervise.PackageTests for one run: the packages under test come from the feed, everything else from the machine's usual sources. "),
            new XElement("configuration",
                new XElement("config",
                    Add("globalPackagesFolder", Path.Combine(Workspace, "packages"))),
                new XElement("packageSources",
                    Add("supervise-packages-under-test", Feed)),
                new XElement("fallbackPackageFolders",
                    Add("machine-packages", machinePackages))))
            .Save(Path.Combine(Workspace, "NuGet.config"));

        // Also keeps MSBuild from importing any Directory.Build.* or central versions above the workspace.
        new XDocument(
            new XElement("Project",
                new XElement("PropertyGroup",
                    new XElement("SuperviseVersion", Version),
                    new XElement("MicrosoftExtensionsHostingVersion", CentralPackageVersions.Of(_repositoryRoot, "Microsoft.Extensions.Hosting")),
                    new XElement("MicrosoftExtensionsHostingAbstractionsVersion", CentralPackageVersions.Of(_repositoryRoot, "Microsoft.Extensions.Hosting.Abstractions")))))
            .Save(Path.Combine(Workspace, "Directory.Build.props"));
        new XDocument(new XElement("Project")).Save(Path.Combine(Workspace, "Directory.Build.targets"));
        new XDocument(new XElement("Project")).Save(Path.Combine(Workspace, "Directory.Packages.props"));

        static XElement Add(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
    }

    private static string AssemblyMetadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;

    // A prerelease label that starts with a letter, as SemVer requires of one that is not all digits.
    private static string VersionForThisRun(string repositoryVersion) =>
        repositoryVersion + (repositoryVersion.Contains('-') ? "." : "-") + "t" + Guid.NewGuid().ToString("N")[..12];
}
