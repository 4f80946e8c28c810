namespace Supervise.Leases.Redis;

/// <summary>
/// The script that takes a lease's next fencing token, atomically on the server: only while the lock key
/// exists, and, for a counter that is missing (first use, or the data was lost), starting from the
/// server's clock in microseconds, so a counter lost with the data restarts above every token it gave.
/// </summary>
internal static class FencingScript
{
    /// <summary>KEYS[1] is the lock, KEYS[2] the counter. Returns the token, or nil when the lock is gone.</summary>
    public const string Text = """
        redis.replicate_commands()
        if redis.call('EXISTS', KEYS[1]) == 0 then
            return false
        end
        if redis.call('EXISTS', KEYS[2]) == 0 then
            local now = redis.call('TIME')
            redis.call('SET', KEYS[2], now[1] .. string.format('%06d', tonumber(now[2])))
        end
        return redis.call('INCR', KEYS[2])
        """;
}
