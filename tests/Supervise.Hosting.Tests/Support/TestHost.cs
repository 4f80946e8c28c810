using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Supervise.Hosting.Tests.Support;

/// <summary>
/// A real Generic Host for a test: no configuration sources or default log providers, a fake log
/// collector, and the test's <see cref="TestClock"/> registered as the container's clock.
/// </summary>
internal static class TestHost
{
    public static HostApplicationBuilder CreateBuilder(TestClock clock)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(clock);
        return builder;
    }

    public static IReadOnlyList<FakeLogRecord> Logs(this IHost host) => host.Services.GetFakeLogCollector().GetSnapshot();

    /// <summary>The lines of a category and the categories under it, as a log filter on it selects them.</summary>
    public static IReadOnlyList<FakeLogRecord> Logs(this IHost host, string category) =>
        host.Logs().Where(record => record.Category == category || record.Category?.StartsWith(category + ".", StringComparison.Ordinal) == true).ToList();

    public static IHostApplicationLifetime Lifetime(this IHost host) => host.Services.GetRequiredService<IHostApplicationLifetime>();

    public static async Task<HealthReportEntry> HealthOfAsync(this IHost host, string worker)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[worker];
    }

    /// <summary>Completes when the host's application starts stopping.</summary>
    public static Task StoppingAsync(this IHost host)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Lifetime().ApplicationStopping.Register(() => stopping.TrySetResult());
        return Guard.Within(stopping.Task);
    }
}
