using System;
using System.Threading;
using System.Threading.Tasks;
using Medallion.Threading.Redis;

namespace Supervise.Leases.Redis;

/// <summary>
/// A lease held as a Redis lock that DistributedLock.Redis keeps extending; lost when an extension fails
/// or when the store's connection to Redis fails.
/// </summary>
internal sealed class RedisLease : ILease
{
    private readonly RedisLeaseStore _store;
    private readonly RedisDistributedLockHandle _handle;
    private readonly CancellationTokenSource _lost = new CancellationTokenSource();
    private CancellationTokenRegistration _extensionFailed;
    private int _released;
    private int _markedLost;

    public RedisLease(RedisLeaseStore store, string name, long fencingToken, RedisDistributedLockHandle handle)
    {
        _store = store;
        Name = name;
        FencingToken = fencingToken;
        _handle = handle;
    }

    public string Name { get; }

    public long FencingToken { get; }

    public CancellationToken Lost => _lost.Token;

    /// <summary>Starts listening for a failed extension; called once, when the lease is handed out.</summary>
    public void StartWatching()
    {
        _extensionFailed = _handle.HandleLostToken.Register(
            static state => ((RedisLease)state!).MarkLost("extending its lock failed: the lock expired, was deleted, or Redis did not answer", null),
            this);
    }

    /// <summary>Counts the lease lost; the callbacks on <see cref="Lost"/> run on the thread pool, never on the caller's thread.</summary>
    public void MarkLost(string reason, Exception? exception)
    {
        if (Volatile.Read(ref _released) != 0 || Interlocked.Exchange(ref _markedLost, 1) != 0)
        {
            return;
        }

        _store.Log.Lost(Name, FencingToken, reason, exception);

        // Redis raises connection events on its own threads, which a consumer's callback must not hold up.
        _ = Task.Run(() =>
        {
            try
            {
                _lost.Cancel();
            }
            catch (AggregateException callbackFailures)
            {
                _store.Log.LostCallbackFailed(Name, callbackFailures);
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        _extensionFailed.Dispose();
        try
        {
            // Stops the extension loop and deletes the lock if it is still ours.
            await _handle.DisposeAsync().ConfigureAwait(false);
            _store.Log.Released(Name, FencingToken);
        }
        catch (Exception exception)
        {
            // Redis is unreachable: the lock expires by itself after the expiry.
            _store.Log.ReleaseFailed(Name, exception);
        }

        _store.Forget(this);
    }
}
