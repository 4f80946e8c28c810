using System.Xml.Linq;

namespace Supervise.PackageTests.Support;

/// <summary>
/// The versions the repository pins in Directory.Packages.props, so a consumer project asks for the
/// same third-party packages (already in the machine's package cache) as the repository's own projects.
/// </summary>
public static class CentralPackageVersions
{
    public static string Of(string repositoryRoot, string packageId)
    {
        var props = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion")
            .Where(item => (string?)item.Attribute("Include") == packageId)
            .Select(item => (string)item.Attribute("Version")!)
            .SingleOrDefault()
            ?? throw new InvalidOperationException($"Directory.Packages.props pins no version of {packageId}.");
    }
}
