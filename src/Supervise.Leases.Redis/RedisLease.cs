using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Medallion.Threading.Redis;
using StackExchange.Redis;

namespace Supervise.Leases.Redis;

/// <summary>
/// A lease held as a Redis lock that DistributedLock.Redis keeps extending. Lost when an extension fails,
/// when the store's connection fails, or when the holder cannot confirm the lock before it could have
/// expired: so a holder cut off from Redis stops believing in its lease before another replica can
/// take the lock.
/// </summary>
internal sealed class RedisLease : ILease
{
    private readonly RedisLeaseStore _store;
    private readonly RedisDistributedLockHandle _handle;
    private readonly IDatabase _database;
    private readonly RedisKey _lockKey;
    private readonly RedisValue _lockValue;
    private readonly TimeSpan _confirmEvery;
    private readonly CancellationTokenSource _lost = new CancellationTokenSource();
    private readonly CancellationTokenSource _stopWatching = new CancellationTokenSource();
    private CancellationTokenRegistration _extensionFailed;
    private Task _watch = Task.CompletedTask;

    // Written by the acquisition, then only by the watch loop: the Stopwatch timestamp before which the lock surely still lives.
    private long _confirmedUntil;
    private int _released;
    private int _markedLost;

    public RedisLease(RedisLeaseStore store, string name, long fencingToken, RedisDistributedLockHandle handle, IDatabase database, RedisKey lockKey, RedisValue lockValue, long confirmedUntil, TimeSpan confirmEvery)
    {
        _store = store;
        Name = name;
        FencingToken = fencingToken;
        _handle = handle;
        _database = database;
        _lockKey = lockKey;
        _lockValue = lockValue;
        _confirmedUntil = confirmedUntil;
        _confirmEvery = confirmEvery;
    }

    public string Name { get; }

    public long FencingToken { get; }

    public CancellationToken Lost => _lost.Token;

    /// <summary>The Stopwatch timestamp a time to live read on the server just now makes safe, with a tenth kept back for clocks that run apart.</summary>
    public static long SafeUntil(long askedAt, long timeToLiveMilliseconds) =>
        askedAt + (long)(timeToLiveMilliseconds * 0.9 * Stopwatch.Frequency / 1000);

    /// <summary>Starts watching the lease; called once, when it is handed out.</summary>
    public void StartWatching()
    {
        _extensionFailed = _handle.HandleLostToken.Register(
            static state => ((RedisLease)state!).MarkLost("extending its lock failed: the lock expired, was deleted, or is another's", null),
            this);
        _watch = Task.Run(WatchAsync);
    }

    /// <summary>Counts the lease lost; the callbacks on <see cref="Lost"/> run on the thread pool, never on the caller's thread.</summary>
    public void MarkLost(string reason, Exception? exception)
    {
        if (Volatile.Read(ref _released) != 0 || Interlocked.Exchange(ref _markedLost, 1) != 0)
        {
            return;
        }

        _store.Log.Lost(Name, FencingToken, reason, exception);
        _stopWatching.Cancel();

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
        _stopWatching.Cancel();
        await _watch.ConfigureAwait(false);
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

    private async Task WatchAsync()
    {
        var stop = _stopWatching.Token;
        try
        {
            while (true)
            {
                await Task.Delay(Shorter(_confirmEvery, UntilDeadline()), stop).ConfigureAwait(false);
                if (UntilDeadline() <= TimeSpan.Zero)
                {
                    MarkLost("its lock could not be confirmed before it could expire; Redis did not answer in time", null);
                    return;
                }

                var askedAt = Stopwatch.GetTimestamp();
                var confirming = _database.ScriptEvaluateAsync(FencingScript.ConfirmLock, new[] { _lockKey }, new[] { _lockValue });
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
                var expired = Task.Delay(UntilDeadline(), deadline.Token);
                if (await Task.WhenAny(confirming, expired).ConfigureAwait(false) == expired)
                {
                    _ = confirming.ContinueWith(static late => _ = late.Exception, TaskContinuationOptions.OnlyOnFaulted);
                    stop.ThrowIfCancellationRequested();
                    MarkLost("its lock could not be confirmed before it could expire; Redis did not answer in time", null);
                    return;
                }

                deadline.Cancel();
                RedisResult timeToLive;
                try
                {
                    timeToLive = await confirming.ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    // Unknown for now: the deadline decides, unless a later check answers.
                    continue;
                }

                if ((long)timeToLive < 0)
                {
                    MarkLost("its lock is gone or another's", null);
                    return;
                }

                Volatile.Write(ref _confirmedUntil, SafeUntil(askedAt, (long)timeToLive));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Released or lost: the watch ends here.
        }
    }

    private TimeSpan UntilDeadline()
    {
        var ticks = Volatile.Read(ref _confirmedUntil) - Stopwatch.GetTimestamp();
        return ticks <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)(ticks * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
    }

    private static TimeSpan Shorter(TimeSpan one, TimeSpan other) => one < other ? one : other;
}
