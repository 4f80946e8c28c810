namespace Supervise.Leases.Tests.Fleet;

/// <summary>
/// The fleet tests run alone, after the others: they time failovers of real processes, which a machine
/// busy with the other tests' servers and processes would slow down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SingletonFleetCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Singleton fleet";
}
