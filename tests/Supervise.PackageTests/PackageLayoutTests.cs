using Supervise.PackageTests.Support;

namespace Supervise.PackageTests;

/// <summary>What each package holds and what it makes its users depend on, file by file.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageLayoutTests(PackedPackages packages)
{
    [Fact]
    public void Supervise_holds_the_runtime_for_both_frameworks_and_the_generator_analyzers_and_code_fixes_under_analyzers()
    {
        string[] expected =
        [
            "README.md",
            "analyzers/dotnet/cs/Supervise.Analyzers.dll",
            "analyzers/dotnet/cs/Supervise.CodeFixes.dll",
            "analyzers/dotnet/cs/Supervise.Generators.dll",
            "build/Supervise.targets",
            "buildTransitive/Supervise.targets",
            "lib/net8.0/Supervise.dll",
            "lib/net8.0/Supervise.xml",
            "lib/netstandard2.0/Supervise.dll",
            "lib/netstandard2.0/Supervise.xml",
        ];

        Assert.Equal(expected, packages.Contents(PackedPackages.Supervise).Files);
    }

    [Fact]
    public void Supervise_depends_on_the_runtime_libraries_only_and_never_on_its_compiler_components()
    {
        var groups = packages.Contents(PackedPackages.Supervise).DependencyGroups;

        Assert.Equal(["net8.0", ".NETStandard2.0"], groups.Keys.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(["Microsoft.Extensions.Logging.Abstractions"], groups["net8.0"]);
        Assert.Equal(
            [
                "Microsoft.Bcl.TimeProvider",
                "Microsoft.Extensions.Logging.Abstractions",
                "System.Diagnostics.DiagnosticSource",
                "System.Threading.Tasks.Extensions",
            ],
            groups[".NETStandard2.0"]);
    }

    [Fact]
    public void Supervise_Hosting_holds_its_library_for_both_frameworks()
    {
        string[] expected =
        [
            "README.md",
            "lib/net8.0/Supervise.Hosting.dll",
            "lib/net8.0/Supervise.Hosting.xml",
            "lib/netstandard2.0/Supervise.Hosting.dll",
            "lib/netstandard2.0/Supervise.Hosting.xml",
        ];

        Assert.Equal(expected, packages.Contents(PackedPackages.SuperviseHosting).Files);
    }

    [Fact]
    public void Supervise_Hosting_depends_on_Supervise_and_the_Microsoft_Extensions_packages_only()
    {
        var groups = packages.Contents(PackedPackages.SuperviseHosting).DependencyGroups;
        string[] expected =
        [
            "Microsoft.Extensions.Diagnostics.HealthChecks",
            "Microsoft.Extensions.Diagnostics.HealthChecks.Abstractions",
            "Microsoft.Extensions.Hosting.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions",
            "Supervise",
        ];

        Assert.Equal(2, groups.Count);
        Assert.Equal(expected, groups["net8.0"]);
        Assert.Equal(expected, groups[".NETStandard2.0"]);
    }

    [Fact]
    public void Supervise_Hosting_asks_for_the_Supervise_of_its_own_version()
    {
        var versions = packages.Contents(PackedPackages.SuperviseHosting).DependencyVersions(PackedPackages.Supervise);

        Assert.All(versions, version => Assert.Equal(packages.Version, version));
    }

    [Fact]
    public void Supervise_Analyzers_holds_the_analyzers_and_code_fixes_without_the_generator_or_the_runtime()
    {
        string[] expected =
        [
            "README.md",
            "analyzers/dotnet/cs/Supervise.Analyzers.dll",
            "analyzers/dotnet/cs/Supervise.CodeFixes.dll",
        ];

        Assert.Equal(expected, packages.Contents(PackedPackages.SuperviseAnalyzers).Files);
    }

    [Fact]
    public void Supervise_Analyzers_is_a_development_dependency_that_depends_on_nothing()
    {
        var contents = packages.Contents(PackedPackages.SuperviseAnalyzers);

        Assert.Equal("true", contents.Metadata("developmentDependency"));
        Assert.Empty(contents.DependencyGroups);
    }

    [Theory]
    [InlineData(PackedPackages.Supervise)]
    [InlineData(PackedPackages.SuperviseHosting)]
    [InlineData(PackedPackages.SuperviseAnalyzers)]
    public void Every_package_declares_its_readme_license_description_and_public_repository(string packageId)
    {
        var contents = packages.Contents(packageId);

        Assert.Equal("README.md", contents.Metadata("readme"));
        Assert.Equal("MIT", contents.Metadata("license"));
        Assert.Equal("expression", contents.MetadataAttribute("license", "type"));
        Assert.False(string.IsNullOrWhiteSpace(contents.Metadata("description")));
        Assert.False(string.IsNullOrWhiteSpace(contents.Metadata("tags")));
        Assert.Equal("git", contents.MetadataAttribute("repository", "type"));
        Assert.StartsWith("https://", contents.MetadataAttribute("repository", "url"));
        Assert.StartsWith("https://", contents.Metadata("projectUrl"));
    }
}
