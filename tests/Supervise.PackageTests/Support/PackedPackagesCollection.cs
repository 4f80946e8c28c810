namespace Supervise.PackageTests.Support;

/// <summary>The tests that share one packing of the packages.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
