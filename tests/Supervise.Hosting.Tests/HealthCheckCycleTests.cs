using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class HealthCheckCycleTests
{
    [Fact]
    public async Task A_worker_that_needs_the_health_check_service_fails_the_start_with_a_message_instead_of_hanging()
    {
        var builder = TestHost.CreateBuilder(new TestClock());
        builder.Services.AddSupervisedWorkers<SelfReporting>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Guard.Within(host.StartAsync()));

        Assert.Contains(nameof(SelfReporting), failure.Message, StringComparison.Ordinal);
        Assert.Contains("HealthCheckService", failure.Message, StringComparison.Ordinal);
    }
}
