using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

// The circuit breaker: after too many consecutive failures, stop restarting for a while, then try one
// run (half-open); a run that stays up for ResetAfter closes the circuit, another failure reopens it.
public abstract partial class Supervisor
{
    private int _circuit;
    private ITimer? _circuitCloseTimer;

    /// <summary>The state of the circuit breaker; always <see cref="CircuitState.Closed"/> without one.</summary>
    public CircuitState Circuit => (CircuitState)Volatile.Read(ref _circuit);

    /// <summary>Called by the generated loop after a failure: whether the circuit must open (again).</summary>
    /// <param name="threshold">Consecutive failures that open the circuit.</param>
    /// <returns><see langword="true"/> when the failure count reached the threshold, or a half-open trial failed.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool ShouldOpenCircuit(int threshold) =>
        Circuit == CircuitState.HalfOpen || _consecutiveFailures >= threshold;

    /// <summary>
    /// Called by the generated loop to open the circuit: no restart for <paramref name="breakDuration"/>,
    /// then a half-open trial run, counted as a restart. A stop during the break ends it at once.
    /// </summary>
    /// <param name="breakDuration">How long the circuit stays open.</param>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns><see langword="true"/> to run the trial, <see langword="false"/> if supervision is stopping.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async Task<bool> OpenCircuitAsync(TimeSpan breakDuration, CancellationToken stoppingToken)
    {
        SetCircuit(CircuitState.Open);
        SupervisorLog.CircuitOpened(_logger, Name, _consecutiveFailures, (long)breakDuration.TotalMilliseconds);
        if (!await WaitThenRestartAsync(breakDuration, SupervisorState.CircuitOpen, stoppingToken).ConfigureAwait(false))
        {
            return false;
        }

        SetCircuit(CircuitState.HalfOpen);
        SupervisorLog.CircuitHalfOpen(_logger, Name);
        return true;
    }

    /// <summary>Closes the circuit once the half-open trial run that started at <paramref name="startedAt"/> has stayed up for <see cref="ResetAfter"/>.</summary>
    private void ArmCircuitClose(long startedAt)
    {
        DisarmCircuitClose();
        var trial = new CircuitTrial(this, startedAt);
        _circuitCloseTimer = _timeProvider.CreateTimer(static state => ((CircuitTrial)state!).Passed(), trial, ResetAfter, Timeout.InfiniteTimeSpan);
    }

    private void DisarmCircuitClose()
    {
        _circuitCloseTimer?.Dispose();
        _circuitCloseTimer = null;
    }

    private void CloseCircuit()
    {
        if (SetCircuit(CircuitState.Closed) != CircuitState.Closed)
        {
            SupervisorLog.CircuitClosed(_logger, Name);
        }
    }

    private void ResetCircuit()
    {
        DisarmCircuitClose();
        Volatile.Write(ref _circuit, (int)CircuitState.Closed);
    }

    /// <summary>Moves the circuit to <paramref name="state"/> and returns where it was.</summary>
    private CircuitState SetCircuit(CircuitState state)
    {
        var previous = (CircuitState)Interlocked.Exchange(ref _circuit, (int)state);
        if (previous != state)
        {
            RaiseCircuitStateChanged(previous, state);
        }

        return previous;
    }

    /// <summary>The half-open trial run a close timer belongs to: the timer only closes the circuit for that run.</summary>
    private sealed class CircuitTrial
    {
        private readonly Supervisor _supervisor;
        private readonly long _startedAt;

        public CircuitTrial(Supervisor supervisor, long startedAt)
        {
            _supervisor = supervisor;
            _startedAt = startedAt;
        }

        public void Passed()
        {
            if (Volatile.Read(ref _supervisor._runStartedAt) == _startedAt
                && Interlocked.CompareExchange(ref _supervisor._circuit, (int)CircuitState.Closed, (int)CircuitState.HalfOpen) == (int)CircuitState.HalfOpen)
            {
                SupervisorLog.CircuitClosed(_supervisor._logger, _supervisor.Name);
                _supervisor.RaiseCircuitStateChanged(CircuitState.HalfOpen, CircuitState.Closed);
            }
        }
    }
}
