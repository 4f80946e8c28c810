#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public sealed partial class Billing
    {
        [Supervised(Policy = RestartPolicy.Backoff, Singleton = "billing-sweeper")]
        private Task SweepAsync(SupervisionContext context) => Task.Delay(10, context.StoppingToken);

        [Supervised(Restart = RestartMode.Never, Singleton = "monthly-close")]
        private Task CloseMonthAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}
