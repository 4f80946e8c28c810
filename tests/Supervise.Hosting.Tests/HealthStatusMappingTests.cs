using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting.Tests;

public sealed class HealthStatusMappingTests
{
    public static TheoryData<SupervisorState, HealthStatus> DocumentedStatuses => new()
    {
        { SupervisorState.Running, HealthStatus.Healthy },
        { SupervisorState.WaitingForLease, HealthStatus.Healthy },
        { SupervisorState.Stopped, HealthStatus.Healthy },
        { SupervisorState.WaitingToRestart, HealthStatus.Degraded },
        { SupervisorState.CircuitOpen, HealthStatus.Degraded },
        { SupervisorState.Stopping, HealthStatus.Degraded },
        { SupervisorState.NotStarted, HealthStatus.Unhealthy },
        { SupervisorState.Faulted, HealthStatus.Unhealthy },
        { SupervisorState.Unstopped, HealthStatus.Unhealthy },
    };

    [Theory]
    [MemberData(nameof(DocumentedStatuses))]
    public void Each_state_reads_as_its_documented_health_status(SupervisorState state, HealthStatus expected)
    {
        Assert.Equal(expected, SupervisorHealthStatus.Of(state));
    }

    [Fact]
    public void Every_supervisor_state_has_a_documented_health_status()
    {
        var documented = DocumentedStatuses.Select(row => (SupervisorState)row[0]).ToHashSet();

        Assert.All(Enum.GetValues<SupervisorState>(), state => Assert.Contains(state, documented));
    }
}
