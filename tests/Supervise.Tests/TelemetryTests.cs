using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

/// <summary>
/// Metrics and traces carry the documented names and tags. The meter and the activity source are
/// process-wide, so every assertion looks only at the probe worker's own measurements.
/// </summary>
public sealed class TelemetryTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task Restarts_failures_and_run_durations_are_measured_with_the_documented_tags()
    {
        using var restarts = new MetricCollector<long>(null, SupervisorTelemetry.MeterName, SupervisorTelemetry.RestartsInstrument);
        using var failures = new MetricCollector<long>(null, SupervisorTelemetry.MeterName, SupervisorTelemetry.FailuresInstrument);
        using var durations = new MetricCollector<double>(null, SupervisorTelemetry.MeterName, SupervisorTelemetry.RunDurationInstrument);
        var run = SupervisorRun.Start(new TelemetryProbeWorker(_script).WorkSupervisor);

        var first = await _script.NextRunAsync();
        run.Advance(1500);
        first.Fail(new TimeoutException());
        (await _script.NextRunAsync()).Complete();
        await _script.NextRunAsync();
        run.Advance(250);
        await run.StopAsync();

        Assert.Equal(2, Probe(restarts).Sum(measurement => measurement.Value));
        Assert.Equal("{restart}", restarts.Instrument!.Unit);
        var failure = Assert.Single(Probe(failures));
        Assert.Equal(typeof(TimeoutException).FullName, failure.Tags[SupervisorTelemetry.ErrorTypeTag]);
        Assert.Equal(
            [("failed", 1.5), ("completed", 0.0), ("stopped", 0.25)],
            Probe(durations).Select(measurement => ((string)measurement.Tags[SupervisorTelemetry.RunOutcomeTag]!, measurement.Value)));
        Assert.Equal("s", durations.Instrument!.Unit);
        await run.DisposeAsync();
    }

    [Fact]
    public async Task The_worker_count_reports_supervisors_by_state()
    {
        using var count = new MetricCollector<long>(null, SupervisorTelemetry.MeterName, SupervisorTelemetry.WorkerCountInstrument);
        var supervisor = new TelemetryProbeWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        await _script.NextRunAsync();

        count.RecordObservableInstruments();

        var byState = count.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags[SupervisorTelemetry.WorkerStateTag]!, m => m.Value);
        Assert.Equal(Enum.GetValues<SupervisorState>().Length, byState.Count);
        Assert.True(byState["running"] >= 1);
        Assert.Contains("waiting_to_restart", byState.Keys);
        Assert.Contains("circuit_open", byState.Keys);
    }

    [Fact]
    public async Task Each_run_is_an_activity_and_a_failed_run_has_error_status()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SupervisorTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((string?)activity.GetTagItem(SupervisorTelemetry.WorkerNameTag) == TelemetryProbeWorker.SupervisorName)
                {
                    lock (stopped)
                    {
                        stopped.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var run = SupervisorRun.Start(new TelemetryProbeWorker(_script).WorkSupervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("boom"));
        var second = await _script.NextRunAsync();
        second.Complete();
        await _script.NextRunAsync();
        await run.StopAsync();

        Assert.Collection(
            stopped,
            failed =>
            {
                Assert.Equal(SupervisorTelemetry.RunActivityName, failed.OperationName);
                Assert.Equal(ActivityStatusCode.Error, failed.Status);
                Assert.Equal(1, failed.GetTagItem(SupervisorTelemetry.RunAttemptTag));
                Assert.Equal(typeof(InvalidOperationException).FullName, failed.GetTagItem(SupervisorTelemetry.ErrorTypeTag));
                Assert.Contains(failed.Events, e => e.Name == "exception");
            },
            completed =>
            {
                Assert.Equal(ActivityStatusCode.Unset, completed.Status);
                Assert.Equal(2, completed.GetTagItem(SupervisorTelemetry.RunAttemptTag));
            },
            stoppedRun => Assert.Equal("stopped", stoppedRun.GetTagItem(SupervisorTelemetry.RunOutcomeTag)));
        await run.DisposeAsync();
    }

    [Fact]
    public async Task The_worker_runs_inside_its_run_activity()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SupervisorTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        Activity? seen = null;
        var supervisor = new DelegateWorker(token =>
        {
            seen ??= Activity.Current;
            return Task.Delay(Timeout.Infinite, token);
        }).WorkSupervisor;
        var run = SupervisorRun.Start(supervisor);
        await run.WaitForAsync(SupervisorState.Running);

        await run.StopAsync();

        Assert.NotNull(seen);
        Assert.Equal(SupervisorTelemetry.RunActivityName, seen.OperationName);
        Assert.Equal("DelegateWorker.Work", seen.GetTagItem(SupervisorTelemetry.WorkerNameTag));
        await run.DisposeAsync();
    }

    private static IEnumerable<CollectedMeasurement<T>> Probe<T>(MetricCollector<T> collector)
        where T : struct =>
        collector.GetMeasurementSnapshot().Where(m => (string?)m.Tags[SupervisorTelemetry.WorkerNameTag] == TelemetryProbeWorker.SupervisorName);
}
