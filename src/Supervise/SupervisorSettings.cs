using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// A supervisor's policy: the values of its <see cref="SupervisedAttribute"/>, with the same names,
/// units and defaults. The generator writes one instance per worker; read it back from
/// <see cref="Supervisor.Settings"/>, where it is read-only.
/// </summary>
/// <remarks>
/// An instance can be changed until it is made read-only (<see cref="MakeReadOnly"/>; a supervisor does
/// it when it takes the settings). To derive other settings, copy with
/// <see cref="SupervisorSettings(SupervisorSettings)"/> and change the copy.
/// </remarks>
public sealed class SupervisorSettings
{
    private int _restartDelayMs = 500;
    private RestartPolicy _policy = RestartPolicy.Fixed;
    private int _maxDelayMs = 30_000;
    private RestartMode _restart = RestartMode.Always;
    private int _shutdownTimeoutMs = 5_000;
    private bool? _jitter;
    private int _resetAfterMs = -1;
    private int _maxRestarts = -1;
    private int _restartWindowMs;
    private int _circuitBreakerThreshold;
    private int _circuitBreakerDurationMs = 30_000;
    private int _heartbeatTimeoutMs;
    private IReadOnlyList<Type>? _stopOn;
    private IReadOnlyList<Type>? _restartOn;
    private string? _singleton;
    private bool _significant;

    /// <summary>Creates settings with the attribute's defaults.</summary>
    public SupervisorSettings()
    {
    }

    /// <summary>Creates a changeable copy of <paramref name="other"/>.</summary>
    /// <param name="other">The settings to copy.</param>
    public SupervisorSettings(SupervisorSettings other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        _restartDelayMs = other._restartDelayMs;
        _policy = other._policy;
        _maxDelayMs = other._maxDelayMs;
        _restart = other._restart;
        _shutdownTimeoutMs = other._shutdownTimeoutMs;
        _jitter = other._jitter;
        _resetAfterMs = other._resetAfterMs;
        _maxRestarts = other._maxRestarts;
        _restartWindowMs = other._restartWindowMs;
        _circuitBreakerThreshold = other._circuitBreakerThreshold;
        _circuitBreakerDurationMs = other._circuitBreakerDurationMs;
        _heartbeatTimeoutMs = other._heartbeatTimeoutMs;
        _stopOn = other._stopOn;
        _restartOn = other._restartOn;
        _singleton = other._singleton;
        _significant = other._significant;
    }

    /// <summary>Whether the settings can no longer be changed.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Read-only settings a supervisor has checked: the supervisors of one worker share them, and check them once.</summary>
    internal bool IsKnownValid { get; private set; }

    /// <inheritdoc cref="SupervisedAttribute.RestartDelayMs"/>
    public int RestartDelayMs
    {
        get => _restartDelayMs;
        set => Set(ref _restartDelayMs, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.Policy"/>
    public RestartPolicy Policy
    {
        get => _policy;
        set => Set(ref _policy, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.MaxDelayMs"/>
    public int MaxDelayMs
    {
        get => _maxDelayMs;
        set => Set(ref _maxDelayMs, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.Restart"/>
    public RestartMode Restart
    {
        get => _restart;
        set => Set(ref _restart, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.ShutdownTimeoutMs"/>
    public int ShutdownTimeoutMs
    {
        get => _shutdownTimeoutMs;
        set => Set(ref _shutdownTimeoutMs, value);
    }

    /// <summary>
    /// Whether restart delays are randomised; <see langword="null"/> (the default) for the policy's own
    /// choice: jittered for <see cref="RestartPolicy.Backoff"/>, exact for <see cref="RestartPolicy.Fixed"/>.
    /// See <see cref="SupervisedAttribute.Jitter"/> and <see cref="JittersDelays"/>.
    /// </summary>
    public bool? Jitter
    {
        get => _jitter;
        set => Set(ref _jitter, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.ResetAfterMs"/>
    public int ResetAfterMs
    {
        get => _resetAfterMs;
        set => Set(ref _resetAfterMs, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.MaxRestarts"/>
    public int MaxRestarts
    {
        get => _maxRestarts;
        set => Set(ref _maxRestarts, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.RestartWindowMs"/>
    public int RestartWindowMs
    {
        get => _restartWindowMs;
        set => Set(ref _restartWindowMs, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.CircuitBreakerThreshold"/>
    public int CircuitBreakerThreshold
    {
        get => _circuitBreakerThreshold;
        set => Set(ref _circuitBreakerThreshold, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.CircuitBreakerDurationMs"/>
    public int CircuitBreakerDurationMs
    {
        get => _circuitBreakerDurationMs;
        set => Set(ref _circuitBreakerDurationMs, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.HeartbeatTimeoutMs"/>
    public int HeartbeatTimeoutMs
    {
        get => _heartbeatTimeoutMs;
        set => Set(ref _heartbeatTimeoutMs, value);
    }

    /// <summary>
    /// The exception types that stop supervision (<see cref="SupervisedAttribute.StopOn"/>), for
    /// description only: the generated loop decides by its own type switch.
    /// </summary>
    public IReadOnlyList<Type>? StopOn
    {
        get => _stopOn;
        set => Set(ref _stopOn, value is null ? null : Copy(value));
    }

    /// <summary>
    /// The only exception types that are restarted (<see cref="SupervisedAttribute.RestartOn"/>), for
    /// description only: the generated loop decides by its own type switch.
    /// </summary>
    public IReadOnlyList<Type>? RestartOn
    {
        get => _restartOn;
        set => Set(ref _restartOn, value is null ? null : Copy(value));
    }

    /// <inheritdoc cref="SupervisedAttribute.Singleton"/>
    public string? Singleton
    {
        get => _singleton;
        set => Set(ref _singleton, value);
    }

    /// <inheritdoc cref="SupervisedAttribute.Significant"/>
    public bool Significant
    {
        get => _significant;
        set => Set(ref _significant, value);
    }

    /// <summary>The restart delay (<see cref="RestartDelayMs"/>).</summary>
    public TimeSpan RestartDelay => TimeSpan.FromMilliseconds(_restartDelayMs);

    /// <summary>The longest backoff delay (<see cref="MaxDelayMs"/>).</summary>
    public TimeSpan MaxDelay => TimeSpan.FromMilliseconds(_maxDelayMs);

    /// <summary>How long a stop waits for the worker (<see cref="ShutdownTimeoutMs"/>).</summary>
    public TimeSpan ShutdownTimeout => TimeSpan.FromMilliseconds(_shutdownTimeoutMs);

    /// <summary>
    /// How long a run must stay up to count as stable: <see cref="ResetAfterMs"/>, or for -1 ten times
    /// the restart delay (none for <see cref="RestartPolicy.Immediate"/>), but at least one second.
    /// </summary>
    public TimeSpan ResetAfter => TimeSpan.FromMilliseconds(_resetAfterMs >= 0
        ? _resetAfterMs
        : Math.Max(10L * (_policy == RestartPolicy.Immediate ? 0 : Math.Max(_restartDelayMs, 0)), 1_000));

    /// <summary>The sliding window of <see cref="MaxRestarts"/>; zero for the whole run.</summary>
    public TimeSpan RestartWindow => TimeSpan.FromMilliseconds(_restartWindowMs);

    /// <summary>How long an open circuit stays open (<see cref="CircuitBreakerDurationMs"/>).</summary>
    public TimeSpan CircuitBreakerDuration => TimeSpan.FromMilliseconds(_circuitBreakerDurationMs);

    /// <summary>The heartbeat timeout (<see cref="HeartbeatTimeoutMs"/>); zero when the watchdog is off.</summary>
    public TimeSpan HeartbeatTimeout => TimeSpan.FromMilliseconds(_heartbeatTimeoutMs);

    /// <summary>Whether restart delays are randomised: backoff unless <see cref="Jitter"/> is false, fixed delays only when it is true.</summary>
    public bool JittersDelays => _policy switch
    {
        RestartPolicy.Backoff => _jitter ?? true,
        RestartPolicy.Fixed => _jitter == true,
        _ => false,
    };

    /// <summary>Whether a restart limit is set (<see cref="MaxRestarts"/> is 0 or more).</summary>
    public bool HasRestartLimit => _maxRestarts >= 0;

    /// <summary>Whether a circuit breaker is set (<see cref="CircuitBreakerThreshold"/> is more than 0).</summary>
    public bool HasCircuitBreaker => _circuitBreakerThreshold > 0;

    /// <summary>Prevents any further change. A supervisor calls it when it takes the settings.</summary>
    /// <returns>This instance.</returns>
    public SupervisorSettings MakeReadOnly()
    {
        IsReadOnly = true;
        return this;
    }

    /// <summary>
    /// The values a supervisor cannot run with, each as a sentence naming the setting; empty when the
    /// settings are valid. The same rules the SUP003 analyzer applies to the attribute.
    /// </summary>
    /// <returns>The problems, in the order of the settings.</returns>
    public IReadOnlyList<string> Validate() => SupervisorSettingsRules.FindProblems(this);

    /// <summary>The policy in one line, as logs and health reports show it.</summary>
    /// <returns>For example <c>Backoff 500 ms to 30 s, jittered; restart always; shutdown 5 s</c>.</returns>
    public override string ToString() => SupervisorSettingsDescription.Describe(this);

    /// <summary>Makes the settings read-only after a check found them valid.</summary>
    internal void MakeReadOnlyAndValid()
    {
        IsReadOnly = true;
        IsKnownValid = true;
    }

    private static IReadOnlyList<Type> Copy(IReadOnlyList<Type> types)
    {
        var copy = new Type[types.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = types[i] ?? throw new ArgumentException("An exception type list cannot hold null.", nameof(types));
        }

        return copy;
    }

    private void Set<T>(ref T field, T value)
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("These supervisor settings are read-only; copy them with new SupervisorSettings(settings) to change them.");
        }

        field = value;
    }
}
