#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public sealed partial class Gateway
    {
        [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 250, MaxDelayMs = 60000, MaxRestarts = 10, RestartWindowMs = 60000, CircuitBreakerThreshold = 5, CircuitBreakerDurationMs = 30000, ResetAfterMs = 10000)]
        private Task ForwardAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

        [Supervised(RestartDelayMs = 1000, Jitter = true, MaxRestarts = 3)]
        private Task ProbeAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}
