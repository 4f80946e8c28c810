namespace SingletonFleet;

/// <summary>Who this process is in the fleet: its name in the output and in the rows it writes.</summary>
/// <param name="Name">The replica's name, from <c>--replica</c>.</param>
public sealed record FleetReplica(string Name)
{
    /// <summary>Prints one line of the replica's story; the fleet test reads these lines.</summary>
    public void Say(string what) => Console.Out.WriteLine($"replica {Name}: {what}");
}
