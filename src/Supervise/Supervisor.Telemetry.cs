using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Supervise;

// Metrics and traces of runs (see SupervisorTelemetry for the names). Each recording is guarded by
// its instrument's Enabled flag or the source's listeners, so an unobserved supervisor pays nothing
// but those checks.
public abstract partial class Supervisor
{
    private Activity? _runActivity;
    private bool _registered;

    private void RegisterForMetrics()
    {
        if (!_registered)
        {
            _registered = true;
            SupervisorRegistry.Add(this);
        }
    }

    private void TraceRunStart(int attempt)
    {
        if (!SupervisorTelemetry.ActivitySource.HasListeners())
        {
            return;
        }

        var activity = SupervisorTelemetry.ActivitySource.StartActivity(SupervisorTelemetry.RunActivityName, ActivityKind.Internal);
        activity?.SetTag(SupervisorTelemetry.WorkerNameTag, Name);
        activity?.SetTag(SupervisorTelemetry.RunAttemptTag, attempt);
        _runActivity = activity;
    }

    private void RecordRunEnd(long startedAt, string outcome, Exception? failure)
    {
        if (_runActivity is null && !SupervisorTelemetry.Failures.Enabled && !SupervisorTelemetry.RunDuration.Enabled)
        {
            return;
        }

        var errorType = failure?.GetType().FullName;
        if (failure is not null && SupervisorTelemetry.Failures.Enabled)
        {
            SupervisorTelemetry.Failures.Add(1, NameTag(), new KeyValuePair<string, object?>(SupervisorTelemetry.ErrorTypeTag, errorType));
        }

        if (startedAt != NoRun && SupervisorTelemetry.RunDuration.Enabled)
        {
            var seconds = _clock.Elapsed(startedAt).TotalSeconds;
            var outcomeTag = new KeyValuePair<string, object?>(SupervisorTelemetry.RunOutcomeTag, outcome);
            if (errorType is null)
            {
                SupervisorTelemetry.RunDuration.Record(seconds, NameTag(), outcomeTag);
            }
            else
            {
                SupervisorTelemetry.RunDuration.Record(seconds, NameTag(), outcomeTag, new KeyValuePair<string, object?>(SupervisorTelemetry.ErrorTypeTag, errorType));
            }
        }

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

    private void RecordRestart()
    {
        if (SupervisorTelemetry.Restarts.Enabled)
        {
            SupervisorTelemetry.Restarts.Add(1, NameTag());
        }
    }

    private KeyValuePair<string, object?> NameTag() => new(SupervisorTelemetry.WorkerNameTag, Name);
}
