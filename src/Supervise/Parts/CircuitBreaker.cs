using System;
using System.Threading;

namespace Supervise;

/// <summary>
/// One session's circuit breaker: after too many consecutive failures the circuit opens (no restart
/// for a while), then one trial run (half-open); a trial that stays up for the reset time, or
/// completes, closes the circuit, and a trial that fails opens it again.
/// </summary>
/// <remarks>
/// Concurrency: the loop opens, half-opens and closes the circuit and owns the close timer; the
/// timer's thread may only close a trial that passed, by compare-and-swap from half-open, so the
/// two never both move it. Changes are reported to the supervisor, which queues the event.
/// </remarks>
internal sealed class CircuitBreaker
{
    private readonly Supervisor _owner;
    private readonly RunLedger _ledger;
    private int _state;
    private ITimer? _closeTimer;

    public CircuitBreaker(Supervisor owner, RunLedger ledger)
    {
        _owner = owner;
        _ledger = ledger;
    }

    public CircuitState State => (CircuitState)Volatile.Read(ref _state);

    /// <summary>Whether runs must tell the breaker they start and end: it is not closed, or a trial is being timed. Loop only.</summary>
    public bool IsActive => State != CircuitState.Closed || _closeTimer is not null;

    /// <summary>Whether a failure opens the circuit: the streak reached the threshold, or a trial failed.</summary>
    public bool ShouldOpen(int consecutiveFailures, int threshold) => State == CircuitState.HalfOpen || consecutiveFailures >= threshold;

    public void Open() => Move(CircuitState.Open);

    public void HalfOpen() => Move(CircuitState.HalfOpen);

    /// <summary>A run starts: during a half-open circuit it is the trial, timed for <paramref name="resetAfter"/>.</summary>
    public void RunStarting(TimeProvider timeProvider, long startedAt, TimeSpan resetAfter)
    {
        Disarm();
        if (State == CircuitState.HalfOpen)
        {
            var trial = new Trial(this, startedAt);
            _closeTimer = timeProvider.CreateTimer(static state => ((Trial)state!).Passed(), trial, resetAfter, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A run ended: a completion closes the circuit.</summary>
    public void RunEnded(bool completed)
    {
        Disarm();
        if (completed)
        {
            Move(CircuitState.Closed);
        }
    }

    /// <summary>At teardown: no timer outlives the session.</summary>
    public void Release() => Disarm();

    private void Disarm()
    {
        _closeTimer?.Dispose();
        _closeTimer = null;
    }

    private void Move(CircuitState state)
    {
        var previous = (CircuitState)Interlocked.Exchange(ref _state, (int)state);
        if (previous != state)
        {
            _owner.OnCircuitMoved(previous, state);
        }
    }

    /// <summary>The half-open trial run a close timer belongs to: it closes the circuit only if that run is still going.</summary>
    private sealed class Trial
    {
        private readonly CircuitBreaker _breaker;
        private readonly long _startedAt;

        public Trial(CircuitBreaker breaker, long startedAt)
        {
            _breaker = breaker;
            _startedAt = startedAt;
        }

        public void Passed()
        {
            if (_breaker._ledger.RunStartedAt == _startedAt
                && Interlocked.CompareExchange(ref _breaker._state, (int)CircuitState.Closed, (int)CircuitState.HalfOpen) == (int)CircuitState.HalfOpen)
            {
                _breaker._owner.OnCircuitMoved(CircuitState.HalfOpen, CircuitState.Closed);
            }
        }
    }
}
