using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Supervise.Hosting.Systemd.Tests.Support;

namespace Supervise.Hosting.Systemd.Tests;

// The only tests that set NOTIFY_SOCKET and WATCHDOG_USEC, which are process-wide: one class, so they run one at a time.
public sealed class SystemdWatchdogTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly NotifySocket _systemd = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly WorkerScript _importScript = new();

    public SystemdWatchdogTests()
    {
        Environment.SetEnvironmentVariable("NOTIFY_SOCKET", _systemd.Path);
        Environment.SetEnvironmentVariable("WATCHDOG_USEC", "10000000");
        Environment.SetEnvironmentVariable("WATCHDOG_PID", null);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("NOTIFY_SOCKET", null);
        Environment.SetEnvironmentVariable("WATCHDOG_USEC", null);
        _systemd.Dispose();
    }

    [Fact]
    public async Task WATCHDOG_1_goes_to_the_notify_socket_at_start_and_every_half_interval_while_the_workers_can_heal()
    {
        using var host = Build(out _, out _);

        await host.StartAsync();
        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());

        _clock.Advance(TimeSpan.FromMilliseconds(4_999));
        Assert.False(_systemd.HasPending);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());

        // A worker waiting to restart heals itself: the pings go on.
        (await _pumpScript.NextRunAsync()).Fail(new InvalidOperationException("queue unreachable"));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());
        Assert.Contains(host.Logs(), record => record.Id.Name == "SystemdWatchdogOn" && record.Message.Contains("every 5000 ms", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task While_a_supervisor_is_Faulted_no_ping_is_sent_and_a_critical_line_names_it_once()
    {
        using var host = Build(out _, out var importer);
        await host.StartAsync();
        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());

        (await _importScript.NextRunAsync()).Fail(new InvalidOperationException("bad file"));
        await new StateRecorder(importer.ImportSupervisor).WaitForAsync(SupervisorState.Faulted);
        _clock.Advance(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(_systemd.HasPending);
        var withheld = Assert.Single(host.Logs(), record => record.Id.Name == "SystemdWatchdogPingWithheld");
        Assert.Equal(LogLevel.Critical, withheld.Level);
        Assert.Contains("Importer.Import (Faulted)", withheld.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_a_NOTIFY_SOCKET_nothing_is_sent_and_no_timer_runs()
    {
        Environment.SetEnvironmentVariable("NOTIFY_SOCKET", null);
        using var host = Build(out _, out _);

        await host.StartAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False(_systemd.HasPending);
        Assert.Contains(host.Logs(), record => record.Id.Name == "SystemdWatchdogOff" && record.Message.Contains("no NOTIFY_SOCKET", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_WATCHDOG_PID_of_another_process_leaves_the_watchdog_to_that_process()
    {
        Environment.SetEnvironmentVariable("WATCHDOG_PID", (Environment.ProcessId + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var host = Build(out _, out _);

            await host.StartAsync();
            _clock.Advance(TimeSpan.FromSeconds(30));

            Assert.False(_systemd.HasPending);
            await host.StopAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable("WATCHDOG_PID", null);
        }
    }

    [Fact]
    public async Task Configured_intervals_take_the_place_of_systemds_environment()
    {
        Environment.SetEnvironmentVariable("WATCHDOG_USEC", null);
        using var host = Build(out _, out _, options =>
        {
            options.WatchdogInterval = TimeSpan.FromSeconds(30);
            options.PingInterval = TimeSpan.FromSeconds(3);
        });

        await host.StartAsync();
        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());
        _clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task After_the_host_stops_no_ping_is_sent()
    {
        using var host = Build(out _, out _);
        await host.StartAsync();
        Assert.Equal("WATCHDOG=1", await _systemd.ReceiveAsync());

        await host.StopAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False(_systemd.HasPending);
    }

    private IHost Build(out Pump pump, out Importer importer, Action<SupervisedSystemdWatchdogOptions>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(_clock);
        pump = new Pump(_pumpScript);
        importer = new Importer(_importScript);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSingleton(importer);
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.AddSupervisedWorkers<Importer>();
        builder.Services.ConfigureSupervisedWorkers(options => options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore);
        builder.Services.AddSupervisedSystemdWatchdog(configure);
        return builder.Build();
    }
}

internal static class HostLogs
{
    public static IReadOnlyList<FakeLogRecord> Logs(this IHost host) => host.Services.GetFakeLogCollector().GetSnapshot();
}
