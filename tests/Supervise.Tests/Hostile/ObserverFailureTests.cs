using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class ObserverFailureTests
{
    private static readonly AsyncLocal<bool> InThisTest = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_throwing_logger_does_not_keep_RunAsync_from_reporting_a_give_up()
    {
        var supervisor = new NeverWorker(_script).WorkSupervisor;
        var logger = new ThrowingLogger();
        supervisor.Logger = logger;
        var running = supervisor.RunAsync();

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("the only run fails"));

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(running));
        Assert.Equal(GiveUpReason.FailedWithoutRestart, gaveUp.Reason);
        Assert.Equal(SupervisorState.Faulted, supervisor.State);
        Assert.True(logger.Calls > 0);
    }

    [Fact]
    public async Task A_throwing_logger_on_the_shutdown_timer_thread_leaves_the_worker_reported_unstopped()
    {
        var time = new FakeTimeProvider();
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = time;
        supervisor.Logger = new ThrowingLogger();
        supervisor.Start();
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();

        var stopping = supervisor.StopAsync();
        time.Advance(supervisor.ShutdownTimeout);

        await Assert.ThrowsAsync<WorkerUnstoppedException>(() => Guard.Within(stopping));
        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        run.Complete();
    }

    [Fact]
    public async Task A_throwing_logger_on_the_watchdog_thread_still_restarts_a_hung_run()
    {
        var contexts = new List<SupervisionContext>();
        var supervisor = new HeartbeatWorker(context =>
        {
            contexts.Add(context);
            return _script.RunAsync(context.StoppingToken);
        }).WorkSupervisor;
        supervisor.Logger = new ThrowingLogger();
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();

        run.Advance(1000);

        Assert.True(first.StoppingToken.IsCancellationRequested);
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.IsType<WorkerHungException>(supervisor.LastFailure);
    }

    [Fact]
    public async Task A_metrics_listener_that_throws_loses_its_measurement_and_supervision_goes_on()
    {
        var supervisor = new TelemetryProbeWorker(_script).WorkSupervisor;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Name == SupervisorTelemetry.MeterName)
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => ThrowIfOurs(tags));
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => ThrowIfOurs(tags));
        listener.Start();
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("one"));
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("two"));
        await _script.NextRunAsync();

        Assert.Equal(2, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Running, supervisor.State);
    }

    [Fact]
    public async Task A_trace_listener_that_throws_loses_its_trace_and_supervision_goes_on()
    {
        InThisTest.Value = true;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SupervisorTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = _ =>
            {
                if (InThisTest.Value)
                {
                    throw new InvalidOperationException("the trace exporter is broken");
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var supervisor = new ImmediateWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("one"));
        await _script.NextRunAsync();

        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Running, supervisor.State);
    }

    private static void ThrowIfOurs(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == SupervisorTelemetry.WorkerNameTag && Equals(tag.Value, TelemetryProbeWorker.SupervisorName))
            {
                throw new InvalidOperationException("the metrics exporter is broken");
            }
        }
    }
}
