using System.IO.Compression;
using System.Xml.Linq;

namespace Supervise.PackageTests.Support;

/// <summary>What a .nupkg holds: its files, as NuGet installs them, and its nuspec.</summary>
public sealed class PackageContents
{
    // Parts of the zip container itself (Open Packaging Conventions), present in every package.
    private static readonly string[] ContainerParts = ["_rels/", "package/", "[Content_Types].xml"];

    private readonly XElement _metadata;
    private readonly XNamespace _nuspec;

    private PackageContents(IReadOnlyList<string> files, XDocument nuspec)
    {
        Files = files;
        _metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        _nuspec = nuspec.Root.Name.Namespace;
    }

    /// <summary>Every file of the package but its nuspec and the zip container's parts, sorted.</summary>
    public IReadOnlyList<string> Files { get; }

    public static PackageContents Read(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        var nuspecEntry = archive.Entries.Single(entry => !entry.FullName.Contains('/') && entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XDocument nuspec;
        using (var stream = nuspecEntry.Open())
        {
            nuspec = XDocument.Load(stream);
        }

        var files = archive.Entries
            .Select(entry => entry.FullName)
            .Where(name => name != nuspecEntry.FullName && !ContainerParts.Any(part => name.StartsWith(part, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new PackageContents(files, nuspec);
    }

    /// <summary>The text of a metadata element (<c>id</c>, <c>readme</c>…), or null when it is absent.</summary>
    public string? Metadata(string name) => _metadata.Element(_nuspec + name)?.Value;

    /// <summary>An attribute of a metadata element, such as the repository's <c>type</c>.</summary>
    public string? MetadataAttribute(string element, string attribute) => _metadata.Element(_nuspec + element)?.Attribute(attribute)?.Value;

    /// <summary>
    /// The dependency groups: each target framework as the nuspec writes it (<c>net8.0</c>,
    /// <c>.NETStandard2.0</c>) with the package ids it depends on, sorted.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DependencyGroups =>
        (_metadata.Element(_nuspec + "dependencies")?.Elements(_nuspec + "group") ?? [])
            .ToDictionary(
                group => (string?)group.Attribute("targetFramework") ?? "",
                group => (IReadOnlyList<string>)group.Elements(_nuspec + "dependency")
                    .Select(dependency => (string)dependency.Attribute("id")!)
                    .Order(StringComparer.Ordinal)
                    .ToList());

    /// <summary>The version range a dependency asks for, in any group.</summary>
    public IEnumerable<string> DependencyVersions(string id) =>
        _metadata.Descendants(_nuspec + "dependency")
            .Where(dependency => (string?)dependency.Attribute("id") == id)
            .Select(dependency => (string)dependency.Attribute("version")!);
}
