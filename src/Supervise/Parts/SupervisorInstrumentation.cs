using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervise;

/// <summary>
/// What one supervisor tells its observers: log lines (through a guarded logger), metrics and run
/// traces (see <see cref="SupervisorTelemetry"/> for the names). Observers never change or block
/// supervision: a listener that throws loses its measurement, and the failure is logged.
/// </summary>
/// <remarks>
/// Concurrency: the logger is replaced only while the supervisor is idle (under the lifecycle lock);
/// the run trace is the supervising loop's alone. Metrics are recorded from the loop and from
/// teardown, which follows the loop.
/// </remarks>
internal sealed class SupervisorInstrumentation
{
    private readonly string _workerName;
    private readonly string? _key;
    private string? _name;
    private ILogger _log = NullLogger.Instance;
    private Activity? _runActivity;

    /// <param name="workerName">The worker's name, the metrics' and traces' name tag: the name without the key of a keyed child.</param>
    /// <param name="key">A keyed child's key, as text, its own tag and log field; null for other supervisors.</param>
    public SupervisorInstrumentation(string workerName, string? key)
    {
        _workerName = workerName;
        _key = key;
    }

    /// <summary>The supervisor's name, in every log line: the worker's, and a keyed child's key (<c>Consume[p1]</c>), made when first read.</summary>
    public string Name => _name ??= SupervisorNames.Of(_workerName, _key);

    /// <summary>The worker's name: the name without the key of a keyed child.</summary>
    public string WorkerName => _workerName;

    /// <summary>A keyed child's key, as text; null for other supervisors.</summary>
    public string? Key => _key;

    /// <summary>The logger as the user set it.</summary>
    public ILogger UserLogger => _log is ObserverSafeLogger guarded ? guarded.Inner : _log;

    /// <summary>The logger to write to: the user's, guarded.</summary>
    public ILogger Log => _log;

    /// <summary>Whether a logger is set that could log anything; false costs the loop one flag test.</summary>
    public bool Logs { get; private set; }

    /// <summary>Whether the current run is traced.</summary>
    public bool TracesRun => _runActivity is not null;

    public void UseLogger(ILogger logger)
    {
        Logs = logger is not NullLogger;
        _log = Logs ? new ObserverSafeLogger(logger, _key) : NullLogger.Instance;
    }

    public void TraceRunStart(int attempt)
    {
        if (!SupervisorTelemetry.ActivitySource.HasListeners())
        {
            return;
        }

        try
        {
            var activity = SupervisorTelemetry.ActivitySource.StartActivity(SupervisorTelemetry.RunActivityName, ActivityKind.Internal);
            activity?.SetTag(SupervisorTelemetry.WorkerNameTag, _workerName);
            if (_key is not null)
            {
                activity?.SetTag(SupervisorTelemetry.WorkerKeyTag, _key);
            }

            activity?.SetTag(SupervisorTelemetry.RunAttemptTag, attempt);
            _runActivity = activity;
        }
        catch (Exception exception)
        {
            SupervisorLog.ObserverFailed(_log, Name, "a run's start trace", exception);
        }
    }

    /// <summary>Records how a run ended: the failure counter, the duration histogram and the run's trace.</summary>
    /// <param name="duration">How long the run lasted, or null if unknown.</param>
    /// <param name="outcome"><c>completed</c>, <c>failed</c> or <c>stopped</c>.</param>
    /// <param name="failure">What the run threw, if it failed.</param>
    public void RecordRunEnd(TimeSpan? duration, string outcome, Exception? failure)
    {
        if (_runActivity is null && !SupervisorTelemetry.Failures.Enabled && !SupervisorTelemetry.RunDuration.Enabled)
        {
            return;
        }

        try
        {
            var errorType = failure?.GetType().FullName;
            if (failure is not null && SupervisorTelemetry.Failures.Enabled)
            {
                var tags = WorkerTags();
                tags.Add(SupervisorTelemetry.ErrorTypeTag, errorType);
                SupervisorTelemetry.Failures.Add(1, in tags);
            }

            if (duration is { } lasted && SupervisorTelemetry.RunDuration.Enabled)
            {
                var tags = WorkerTags();
                tags.Add(SupervisorTelemetry.RunOutcomeTag, outcome);
                if (errorType is not null)
                {
                    tags.Add(SupervisorTelemetry.ErrorTypeTag, errorType);
                }

                SupervisorTelemetry.RunDuration.Record(lasted.TotalSeconds, in tags);
            }

            StopRunTrace(outcome, failure, errorType);
        }
        catch (Exception exception)
        {
            _runActivity = null;
            SupervisorLog.ObserverFailed(_log, Name, "a run's end", exception);
        }
    }

    public void RecordRestart()
    {
        if (!SupervisorTelemetry.Restarts.Enabled)
        {
            return;
        }

        try
        {
            var tags = WorkerTags();
            SupervisorTelemetry.Restarts.Add(1, in tags);
        }
        catch (Exception exception)
        {
            SupervisorLog.ObserverFailed(_log, Name, "a restart", exception);
        }
    }

    public void RecordLeaseAcquired(string lease, TimeSpan waited)
    {
        if (!SupervisorTelemetry.LeaseAcquisitions.Enabled && !SupervisorTelemetry.LeaseWait.Enabled)
        {
            return;
        }

        try
        {
            var tags = WorkerTags();
            tags.Add(SupervisorTelemetry.LeaseNameTag, lease);
            SupervisorTelemetry.LeaseAcquisitions.Add(1, in tags);
            SupervisorTelemetry.LeaseWait.Record(waited.TotalSeconds, in tags);
        }
        catch (Exception exception)
        {
            SupervisorLog.ObserverFailed(_log, Name, "a lease acquisition", exception);
        }
    }

    public void RecordLeaseLost(string lease)
    {
        if (!SupervisorTelemetry.LeaseLosses.Enabled)
        {
            return;
        }

        try
        {
            var tags = WorkerTags();
            tags.Add(SupervisorTelemetry.LeaseNameTag, lease);
            SupervisorTelemetry.LeaseLosses.Add(1, in tags);
        }
        catch (Exception exception)
        {
            SupervisorLog.ObserverFailed(_log, Name, "a lease loss", exception);
        }
    }

    private void StopRunTrace(string outcome, Exception? failure, string? errorType)
    {
        var activity = _runActivity;
        if (activity is null)
        {
            return;
        }

        _runActivity = null;
        activity.SetTag(SupervisorTelemetry.RunOutcomeTag, outcome);
        if (failure is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, failure.Message);
            activity.SetTag(SupervisorTelemetry.ErrorTypeTag, errorType);
            activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection
            {
                ["exception.type"] = errorType,
                ["exception.message"] = failure.Message,
                ["exception.stacktrace"] = failure.ToString(),
            }));
        }

        activity.Stop();
    }

    /// <summary>The tags every measurement carries: the worker's name, and a keyed child's key.</summary>
    private TagList WorkerTags()
    {
        var tags = new TagList { { SupervisorTelemetry.WorkerNameTag, _workerName } };
        if (_key is not null)
        {
            tags.Add(SupervisorTelemetry.WorkerKeyTag, _key);
        }

        return tags;
    }
}
