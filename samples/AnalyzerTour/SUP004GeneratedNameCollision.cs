using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP004: SendAsync gets a property named SendSupervisor, which this type already has. Both would
// compile into a clash, so no supervisor is generated. Fix: rename the member or the worker.
public sealed partial class Mailer
{
    public object? SendSupervisor { get; set; }

    [Supervised]
    private Task SendAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken); // expect: SUP004

    [Supervised]
    private Task DeliverAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}
