using StackExchange.Redis;

namespace Supervise.Leases.Redis;

/// <summary>
/// The two keys of a lease: the lock, and the fencing counter. The name sits in braces, a hash tag, so
/// both keys share a slot and one script can touch both on Redis Cluster.
/// </summary>
internal readonly struct LeaseKeys
{
    public LeaseKeys(string prefix, string name)
    {
        var tagged = prefix + "{" + name + "}";
        Lock = tagged + ":lock";
        Fencing = tagged + ":fencing";
    }

    public RedisKey Lock { get; }

    public RedisKey Fencing { get; }
}
