namespace Supervise.Leases.Redis;

/// <summary>
/// The scripts a lease runs on the server, each atomic there: take the fencing token, and confirm the
/// lock is still the holder's.
/// </summary>
internal static class FencingScript
{
    /// <summary>
    /// Takes the next fencing token, only while the lock key exists; a missing counter (first use, or the
    /// data was lost) starts from the server's clock in microseconds, so a counter lost with the data
    /// restarts above every token it gave. KEYS[1] is the lock, KEYS[2] the counter. Returns nil when the
    /// lock is gone, else { token, the lock's value, the lock's time to live in milliseconds }.
    /// </summary>
    public const string TakeToken = """
        redis.replicate_commands()
        local holder = redis.call('GET', KEYS[1])
        if not holder then
            return false
        end
        if redis.call('EXISTS', KEYS[2]) == 0 then
            local now = redis.call('TIME')
            redis.call('SET', KEYS[2], now[1] .. string.format('%06d', tonumber(now[2])))
        end
        return { redis.call('INCR', KEYS[2]), holder, redis.call('PTTL', KEYS[1]) }
        """;

    /// <summary>
    /// The lock's time to live in milliseconds while KEYS[1] still holds ARGV[1] (the holder's value);
    /// -1 when the lock is gone or another's.
    /// </summary>
    public const string ConfirmLock = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
            return redis.call('PTTL', KEYS[1])
        end
        return -1
        """;
}
