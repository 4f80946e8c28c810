using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// A supervision group's policy: the values of its <see cref="SupervisionGroupAttribute"/>, with the
/// same names, units and defaults. Read-only once a group takes it.
/// </summary>
public sealed class SupervisorGroupSettings
{
    private SupervisionStrategy _strategy = SupervisionStrategy.OneForOne;
    private int _maxRestarts = 3;
    private int _restartWindowMs = 5_000;
    private AutoShutdown _autoShutdown = AutoShutdown.Never;

    /// <summary>Whether the settings can no longer be changed.</summary>
    public bool IsReadOnly { get; private set; }

    /// <inheritdoc cref="SupervisionGroupAttribute.Strategy"/>
    public SupervisionStrategy Strategy
    {
        get => _strategy;
        set => Set(ref _strategy, value);
    }

    /// <inheritdoc cref="SupervisionGroupAttribute.MaxRestarts"/>
    public int MaxRestarts
    {
        get => _maxRestarts;
        set => Set(ref _maxRestarts, value);
    }

    /// <inheritdoc cref="SupervisionGroupAttribute.RestartWindowMs"/>
    public int RestartWindowMs
    {
        get => _restartWindowMs;
        set => Set(ref _restartWindowMs, value);
    }

    /// <inheritdoc cref="SupervisionGroupAttribute.AutoShutdown"/>
    public AutoShutdown AutoShutdown
    {
        get => _autoShutdown;
        set => Set(ref _autoShutdown, value);
    }

    /// <summary>Prevents any further change.</summary>
    /// <returns>This instance.</returns>
    public SupervisorGroupSettings MakeReadOnly()
    {
        IsReadOnly = true;
        return this;
    }

    /// <summary>The values a group cannot run with, each as a sentence naming the setting; empty when valid.</summary>
    /// <returns>The problems, in the order of the settings.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (_strategy is not (SupervisionStrategy.OneForOne or SupervisionStrategy.OneForAll or SupervisionStrategy.RestForOne))
        {
            problems.Add($"Strategy {(int)_strategy} is not a SupervisionStrategy value");
        }

        if (_maxRestarts < -1)
        {
            problems.Add($"MaxRestarts is {_maxRestarts}; it must be 0 or more, or -1 for no limit");
        }

        if (_restartWindowMs < 0)
        {
            problems.Add($"RestartWindowMs is {_restartWindowMs}; it must be 0 or more");
        }

        if (_autoShutdown is not (AutoShutdown.Never or AutoShutdown.AnySignificant or AutoShutdown.AllSignificant))
        {
            problems.Add($"AutoShutdown {(int)_autoShutdown} is not an AutoShutdown value");
        }

        return problems;
    }

    /// <summary>The policy in one line.</summary>
    /// <returns>For example <c>RestForOne; at most 3 restarts in 5 s</c>.</returns>
    public override string ToString()
    {
        var limit = _maxRestarts < 0
            ? "no restart limit"
            : _restartWindowMs > 0 ? $"at most {_maxRestarts} restarts in {SupervisorSettingsDescription.Duration(_restartWindowMs)}" : $"at most {_maxRestarts} restarts";
        var shutdown = _autoShutdown == AutoShutdown.Never ? string.Empty : $"; ends when {(_autoShutdown == AutoShutdown.AnySignificant ? "any" : "every")} significant child is done";
        return $"{_strategy}; {limit}{shutdown}";
    }

    private void Set<T>(ref T field, T value)
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("These group settings are read-only.");
        }

        field = value;
    }
}
